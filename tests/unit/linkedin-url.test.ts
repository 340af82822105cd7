import { describe, expect, test } from "vitest";
import { presentPayload } from "../../src/server/activities/activity-payloads";
import { isLinkedInUrl } from "../../src/server/activities/linkedin-url";
import { validationDetails } from "../../src/server/http/error-response";

const ACCEPTED = [
  "https://linkedin.com/feed/update/1",
  "https://www.linkedin.com/posts/some-post",
  "https://id.linkedin.com/posts/guru-ai_activity-7123",
  "https://uk.linkedin.com/pulse/a-lesson",
  "https://ID.LinkedIn.COM/posts/upper-case-host",
  "https://www.linkedin.com:443/posts/default-port",
  "https://lnkd.in/gAbC123",
  "https://lnkd.in/e_x-Y?trk=share",
];

const REFUSED = [
  "http://www.linkedin.com/posts/x",
  "http://id.linkedin.com/posts/x",
  "http://lnkd.in/abc",
  "https://linkedin.com.evil.com/posts/x",
  "https://www.linkedin.com.evil.com/posts/x",
  "https://evil.com/linkedin.com",
  "https://evil.com/?u=https://linkedin.com/posts/x",
  "https://user@evil.com/posts/x",
  "https://linkedin.com@evil.com/posts/x",
  "https://user:pass@www.linkedin.com/posts/x",
  "https://evil.com\\@linkedin.com/posts/x",
  "https://www.linkedin.com:8443/posts/x",
  "https://evillinkedin.com/posts/x",
  "https://a.b.linkedin.com/posts/x",
  "https://-id.linkedin.com/posts/x",
  "https://linkedin.com./posts/x",
  "https://lnkd.in.evil.com/abc",
  "https://www.lnkd.in/abc",
  "https://1.2.3.4/posts/x",
  "https://[::1]/posts/x",
  "javascript:alert(1)//linkedin.com",
  "linkedin.com/posts/x",
  "not a url",
  "",
];

describe("isLinkedInUrl", () => {
  test.each(ACCEPTED)("accepts %s", (value) => {
    expect(isLinkedInUrl(value)).toBe(true);
  });

  test.each(REFUSED)("refuses %s", (value) => {
    expect(isLinkedInUrl(value)).toBe(false);
  });

  test("the PRESENT evidence schema uses it and names the accepted sites when it refuses", () => {
    const caption = "A lesson with AI tools";
    expect(
      presentPayload.safeParse({ linkedinUrl: "https://id.linkedin.com/posts/x", caption }).success,
    ).toBe(true);
    const refused = presentPayload.safeParse({
      linkedinUrl: "https://linkedin.com.evil.com/x",
      caption,
    });
    expect(refused.success).toBe(false);
    const [english] = validationDetails(refused.error!, "en");
    expect(english?.message).toContain("lnkd.in");
    const [indonesian] = validationDetails(refused.error!, "id");
    expect(indonesian?.message).toMatch(/^Gunakan tautan https:\/\/ .*lnkd\.in/);
  });
});
