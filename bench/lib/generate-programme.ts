/**
 * A synthetic programme, generated inside the database (set-based SQL, no round trips):
 * `participants` educators in 2,000 schools and 6 cohorts, `ledgerRows` ledger rows over
 * the last 120 days, `submissions` submissions (70 % approved, 20 % pending, 10 %
 * rejected; half public), and the badges their totals earn. Returns SQL statements.
 */
export function programmeStatements(size: {
  participants: number;
  ledgerRows: number;
  submissions: number;
}): string[] {
  const { participants, ledgerRows, submissions } = size;
  return [
    `INSERT INTO users (id, handle, name, email, school, cohort, role)
     SELECT 'user_bench' || i, 'edu-' || i,
            (ARRAY['Sari','Amina','Jonas','Lea','Omar','Priya','Tomas','Yuki','Zanele','Mateo'])[1 + i % 10] || ' ' ||
            (ARRAY['Okafor','Lindqvist','Haddad','Moreau','Tanaka','Silva','Novak','Khan','Meyer','Costa'])[1 + (i / 10) % 10],
            'edu-' || i || '@bench.example', 'School ' || (i % 2000), '2026-' || chr(65 + i % 6), 'PARTICIPANT'
     FROM generate_series(1, ${participants}) AS i`,
    `INSERT INTO points_ledger (user_id, activity_code, source, delta_points, external_source, external_event_id, created_at)
     SELECT 'user_bench' || (1 + (hashint % ${participants})),
            (ARRAY['LEARN','EXPLORE','AMPLIFY','PRESENT','AMPLIFY'])[1 + i % 5],
            (ARRAY['WEBHOOK','FORM','FORM','FORM','MANUAL'])[1 + i % 5]::"LedgerSource",
            (ARRAY[10, 50, 14, 20, 6])[1 + i % 5],
            'bench', 'bench:' || i,
            now() - (random() * interval '120 days')
     FROM (SELECT i, abs(hashtext(i::text)) AS hashint FROM generate_series(1, ${ledgerRows}) AS i) AS g`,
    `INSERT INTO submissions (user_id, activity_code, status, visibility, payload, attachments, created_at)
     SELECT 'user_bench' || (1 + abs(hashtext('s' || i)) % ${participants}),
            (ARRAY['LEARN','EXPLORE','AMPLIFY','PRESENT','SHINE'])[1 + i % 5],
            (CASE WHEN i % 10 < 7 THEN 'APPROVED' WHEN i % 10 < 9 THEN 'PENDING' ELSE 'REJECTED' END)::"SubmissionStatus",
            (CASE WHEN i % 2 = 0 THEN 'PUBLIC' ELSE 'PRIVATE' END)::"Visibility",
            CASE WHEN i % 5 = 2 THEN jsonb_build_object('peersTrained', i % 7, 'studentsTrained', i % 30, 'sessionDate', '2026-10-01')
                 ELSE jsonb_build_object('note', 'synthetic') END,
            '[]'::jsonb,
            now() - (random() * interval '120 days')
     FROM generate_series(1, ${submissions}) AS i`,
    `INSERT INTO earned_badges (user_id, badge_code)
     SELECT user_id, 'CENTURY' FROM points_ledger GROUP BY user_id HAVING sum(delta_points) >= 100
     ON CONFLICT DO NOTHING`,
    `ANALYZE`,
  ];
}
