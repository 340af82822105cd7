const SIZES = {
  sm: { px: 36, className: "size-9 text-sm" },
  lg: { px: 96, className: "size-24 text-4xl" },
} as const;

/**
 * An educator's picture, or the first letter of their name on a teal disc. Decorative:
 * the name always sits beside it. Avatars are https addresses on other hosts; the image
 * optimizer would need each host allow-listed, so they load as they are.
 */
export function ProfileAvatar({
  name,
  avatarUrl,
  size = "sm",
}: {
  name: string;
  avatarUrl: string | null;
  size?: keyof typeof SIZES;
}) {
  const { px, className } = SIZES[size];
  if (avatarUrl?.startsWith("https://")) {
    return (
      <img
        src={avatarUrl}
        alt=""
        width={px}
        height={px}
        loading="lazy"
        decoding="async"
        className={`${className} shrink-0 rounded-full bg-slate-100 object-cover`}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`${className} grid shrink-0 place-items-center rounded-full bg-brand-700 font-bold text-white`}
    >
      {Array.from(name.trim())[0]?.toUpperCase() ?? "?"}
    </span>
  );
}
