import { getFormatter, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { badgePageUrl, credentialUrl } from "@/server/credentials/issuer-identity";
import { linkedInAddUrl } from "@/server/credentials/linkedin-add-url";
import { verifyStoredCredential } from "@/server/credentials/verify-stored-credential";
import { PROGRAMME_NAME } from "@/server/mail/mail-context";
import { ShareLinks } from "@/ui/badges/share-links";
import { VerificationPanel } from "@/ui/badges/verification-panel";
import { formatDate } from "@/ui/format/format-date";
import { loadBadge } from "./load-badge";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [badge, t] = await Promise.all([
    loadBadge((await params).id),
    getTranslations("badgePage"),
  ]);
  if (!badge) return { title: (await getTranslations("errorPages.notFound"))("metaTitle") };
  const title = badge.recipient
    ? t("metaTitleRecipient", { name: badge.recipient.name, badge: badge.badge.name })
    : t("metaTitle", { badge: badge.badge.name });
  return {
    title,
    description: badge.badge.description,
    alternates: { canonical: badgePageUrl(badge.id) },
    // The picture is opengraph-image.tsx beside this page.
    openGraph: { title, description: badge.badge.description, siteName: PROGRAMME_NAME },
    twitter: { card: "summary_large_image", title },
  };
}

/** `/badges/<id>` (docs/product.md §15): one earned badge, its evidence and its live verification. */
export default async function BadgePage({ params }: Props) {
  const [format, t, badge] = await Promise.all([
    getFormatter(),
    getTranslations("badgePage"),
    loadBadge((await params).id),
  ]);
  if (!badge) notFound();
  const report = await verifyStoredCredential(badge.id);
  const pageUrl = badgePageUrl(badge.id);
  const linkedIn = linkedInAddUrl({
    name: badge.badge.name,
    organizationName: PROGRAMME_NAME,
    issuedAt: new Date(badge.validFrom || badge.issuedAt),
    certUrl: pageUrl,
    certId: badge.id,
  });
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-12">
      <div className="flex flex-col gap-6 sm:flex-row sm:items-center">
        <img
          src={badge.badge.image ?? "/icon.svg"}
          alt=""
          width={96}
          height={96}
          className="size-24 shrink-0 rounded-full border border-brand-200 bg-brand-50 p-2"
        />
        <div className="min-w-0">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
            {t("eyebrow")}
          </p>
          <h1 className="text-3xl font-bold tracking-tight wrap-anywhere text-slate-900">
            {badge.badge.name}
          </h1>
          <p className="mt-1 text-slate-700" data-testid="badge-recipient">
            {badge.recipient
              ? t.rich("earnedBy", {
                  name: badge.recipient.name,
                  link: (chunks) => (
                    <Link
                      href={`/u/${badge.recipient!.handle}`}
                      className="font-semibold text-brand-700 underline"
                    >
                      {chunks}
                    </Link>
                  ),
                })
              : t("earnedByParticipant")}
          </p>
          <p className="text-sm text-slate-600">
            {t.rich("issued", {
              date: formatDate(format, badge.validFrom),
              time: (chunks) => <time dateTime={badge.validFrom}>{chunks}</time>,
            })}
            {badge.revokedAt ? (
              <>
                {" · "}
                <strong className="text-red-800">
                  {t.rich("revoked", {
                    date: formatDate(format, badge.revokedAt),
                    time: (chunks) => <time dateTime={badge.revokedAt!}>{chunks}</time>,
                  })}
                </strong>
              </>
            ) : null}
          </p>
        </div>
      </div>

      <div className="mt-8 space-y-6">
        {report ? <VerificationPanel report={report} /> : null}
        <section aria-labelledby="criteria-heading">
          <h2 id="criteria-heading" className="text-xl font-semibold text-slate-900">
            {t("criteria")}
          </h2>
          <p className="mt-1 text-slate-700">{badge.badge.description}</p>
          <p className="mt-1 text-slate-700">{badge.badge.narrative}</p>
        </section>
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading" className="text-xl font-semibold text-slate-900">
            {t("evidence")}
          </h2>
          {badge.evidence.length === 0 ? (
            <p className="mt-1 text-slate-600">{t("noEvidence")}</p>
          ) : (
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {badge.evidence.map((item) => (
                <li key={item.url}>
                  <a href={item.url} className="text-brand-700 underline wrap-anywhere">
                    {item.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="actions-heading" className="space-y-3">
          <h2 id="actions-heading" className="text-xl font-semibold text-slate-900">
            {t("keepAndShare")}
          </h2>
          <div className="flex flex-wrap gap-2">
            {!badge.revokedAt ? (
              <a
                href={linkedIn}
                data-testid="linkedin-add"
                rel="noopener noreferrer"
                target="_blank"
                className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
              >
                {t("addToLinkedIn")}
                <span className="sr-only">{t("opensInNewTab")}</span>
              </a>
            ) : null}
            {badge.credential ? (
              <a
                href={`${credentialUrl(badge.id, "")}?download`}
                download
                className="inline-block rounded-lg border border-slate-300 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100"
              >
                {t("download")}
              </a>
            ) : null}
          </div>
          <ShareLinks url={pageUrl} title={badge.badge.name} />
        </section>
      </div>
    </div>
  );
}
