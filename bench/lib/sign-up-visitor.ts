/** A fresh local account on the server under test; returns its session cookie ("name=value"). */
export async function signUpVisitor(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-up`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({
      email: `bench-visitor-${Date.now()}@bench.example`,
      password: "bench visitor password",
      name: "Bench Visitor",
    }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!response.ok || !cookie) throw new Error(`sign-up failed: ${response.status}`);
  return cookie;
}
