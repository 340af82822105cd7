import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UserDto } from "@/server/users/user-dto";
import { NotSet } from "@/ui/common/not-set";
import type { Column } from "@/ui/lists/data-table";

/** The users table's columns: select (for the bulk forms), name, handle, role, school, cohort. */
export async function userColumns(): Promise<Column<UserDto>[]> {
  const [t, common] = await Promise.all([getTranslations("users.list"), getTranslations("common")]);
  return [
    {
      header: t("select"),
      headerHidden: true,
      className: "sm:w-10",
      cell: (user) => (
        <input
          type="checkbox"
          name="userIds"
          value={user.id}
          aria-label={t("selectUser", { name: user.name })}
          className="size-5 accent-brand-700"
        />
      ),
    },
    {
      header: t("name"),
      rowHeader: true,
      cell: (user) => (
        <>
          <Link
            href={`/admin/users/${encodeURIComponent(user.id)}`}
            className="font-semibold text-brand-700 underline hover:text-brand-900"
          >
            {user.name}
          </Link>
          <span className="block text-slate-600 wrap-anywhere">{user.email}</span>
        </>
      ),
    },
    {
      header: t("handle"),
      className: "sm:whitespace-nowrap text-slate-700",
      cell: (user) => `@${user.handle}`,
    },
    {
      header: t("role"),
      className: "sm:whitespace-nowrap text-slate-700",
      cell: (user) => common(`roles.${user.role}`),
    },
    {
      header: t("school"),
      className: "sm:min-w-48 text-slate-700",
      cell: (user) => user.school ?? <NotSet />,
    },
    {
      header: t("cohort"),
      className: "sm:whitespace-nowrap text-slate-700",
      cell: (user) => user.cohort ?? <NotSet />,
    },
  ];
}
