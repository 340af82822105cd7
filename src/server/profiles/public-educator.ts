/** What anyone may see of an educator, alike on the leaderboards and the public profile. */
export interface PublicEducator {
  handle: string;
  name: string;
  school: string | null;
  cohort: string | null;
  avatarUrl: string | null;
  points: number;
}

interface PublicColumns {
  handle: string;
  name: string;
  school: string | null;
  cohort: string | null;
  avatar_url: string | null;
}

export function toPublicEducator(row: PublicColumns, points: number): PublicEducator {
  return {
    handle: row.handle,
    name: row.name,
    school: row.school,
    cohort: row.cohort,
    avatarUrl: row.avatar_url,
    points,
  };
}
