import { useTranslations } from "next-intl";
import type { AttachmentDto } from "@/server/submissions/submission-dto";
import { PageSection } from "@/ui/common/page-section";
import { AttachmentList } from "./attachment-list";

/** A submission's files under their own heading, as on the educator's and the reviewer's page. */
export function AttachmentsSection({ attachments }: { attachments: AttachmentDto[] }) {
  const t = useTranslations("submission.attachments");
  return (
    <PageSection id="files" title={t("title")}>
      <div className="mt-4">
        <AttachmentList attachments={attachments} />
      </div>
    </PageSection>
  );
}
