/**
 * The picture a shared link shows (1200×630, Open Graph): the LEAPS mark, a headline and a
 * few short lines, in the brand teal. Rendered by next/og, which understands inline styles
 * and flexbox only, and draws text in its bundled font (nothing is downloaded).
 */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 };

export function ShareCard({
  eyebrow,
  title,
  lines,
}: {
  eyebrow: string;
  title: string;
  lines: string[];
}) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 80px",
        background: "linear-gradient(135deg, #083f41 0%, #0f6b6e 60%, #1a8a8c 100%)",
        color: "#ffffff",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        <div
          style={{
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            width: 88,
            height: 88,
            borderRadius: 20,
            background: "#ffffff",
            color: "#0f6b6e",
            fontSize: 60,
            fontWeight: 800,
          }}
        >
          L
        </div>
        <div style={{ display: "flex", fontSize: 40, fontWeight: 700 }}>LEAPS Tracker</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
        <div style={{ display: "flex", fontSize: 30, color: "#b0dcd8" }}>{eyebrow}</div>
        <div style={{ display: "flex", fontSize: 72, fontWeight: 800, lineHeight: 1.1 }}>
          {title.length > 60 ? `${title.slice(0, 57)}…` : title}
        </div>
        {lines.map((line) => (
          <div key={line} style={{ display: "flex", fontSize: 34, color: "#eef7f6" }}>
            {line}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#d7eeec" }}>
        Learn · Explore · Amplify · Present · Shine
      </div>
    </div>
  );
}
