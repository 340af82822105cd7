import { isValidElement, type ReactElement } from "react";
import { describe, expect, test } from "vitest";
import { GET as metricsRoute } from "../../src/app/api/metrics/route";
import { catalogues } from "../../src/i18n/messages";
import { refreshLeaderboards } from "../../src/server/leaderboard/refresh-leaderboards";
import { MetricsHomeCounters } from "../../src/ui/metrics/metrics-home-counters";
import { programmeCounters, type MetricsCounter } from "../../src/ui/metrics/metrics-counter-list";
import { addPoints, createSubmission, createUser } from "../helpers/factories";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

/** The counters the home page renders, read from the element tree its component returns. */
async function homeCounters(): Promise<MetricsCounter[]> {
  const tree = (await MetricsHomeCounters()) as ReactElement<{ children: unknown[] }>;
  const list = tree.props.children.find(
    (child): child is ReactElement<{ counters: MetricsCounter[] }> =>
      isValidElement(child) && "counters" in (child.props as object),
  );
  if (!list) throw new Error("the home counters render no counter list");
  return list.props.counters;
}

async function metricsCounters(): Promise<MetricsCounter[]> {
  const response = await call(metricsRoute, "GET", "/api/metrics");
  expect(response.status).toBe(200);
  const t = catalogues.en.metrics.counters;
  return programmeCounters(response.body, (key) => t[key]);
}

const value = (counters: MetricsCounter[], label: string) =>
  counters.find((counter) => counter.label === label)?.value;

async function approvedEducator() {
  const educator = await createUser();
  await createSubmission({ user_id: educator.id, status: "APPROVED", activity_code: "EXPLORE" });
  await addPoints(educator.id, 50);
}

describe("home page counters", () => {
  test("agree with /metrics, and both move once the leaderboards refresh after new approved work", async () => {
    await approvedEducator();
    await approvedEducator();
    await refreshLeaderboards();

    const home = await homeCounters();
    expect(home).toEqual(await metricsCounters());
    expect(value(home, "Educators")).toBe(2);
    expect(value(home, "Submissions approved")).toBe(2);

    await approvedEducator();
    await refreshLeaderboards();

    const later = await homeCounters();
    expect(value(later, "Educators")).toBe(3);
    expect(value(later, "Submissions approved")).toBe(3);
    expect(later).toEqual(await metricsCounters());
  });

  test("a sign-up alone (no public write) shows by the next scheduled refresh", async () => {
    const before = value(await homeCounters(), "Educators")!;
    await createUser();
    await refreshLeaderboards({ force: true });
    expect(value(await homeCounters(), "Educators")).toBe(before + 1);
    expect(value(await metricsCounters(), "Educators")).toBe(before + 1);
  });
});
