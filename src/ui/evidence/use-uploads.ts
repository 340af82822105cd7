"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { UploadType } from "@/server/activities/activity-canon";
import { formatFileSize } from "@/ui/format/format-file-size";
import { looksAccepted, typeNames } from "./upload-types";
import { uploadFile, UploadRefused, type UploadedFile, type UploadFailure } from "./upload-file";

/** The message of each kind of failed upload (keys of evidence.upload). */
const FAILURE_MESSAGES = {
  failed: "failed",
  offline: "offline",
  tooLargeForServer: "tooLargeForServer",
  signedOut: "signedOut",
} as const satisfies Record<UploadFailure, string>;

export interface UploadItem {
  id: string;
  name: string;
  size: number;
  status: "uploading" | "done" | "refused";
  percent: number;
  key?: string;
  type?: string;
  message?: string;
  /** Attached before this form opened (editing), rather than uploaded just now. */
  stored?: boolean;
}

export interface UploadRules {
  min: number;
  max: number;
  types: UploadType[];
}

export interface Uploads {
  items: UploadItem[];
  /** Keys of the finished uploads: what the form submits as `attachments`. */
  keys: string[];
  busy: boolean;
  /** No room for another file (finished and running uploads count). */
  full: boolean;
  /** The latest progress or outcome in words, for a polite live region. */
  announcement: string;
  add: (files: File[]) => void;
  remove: (id: string) => void;
}

/**
 * The files of one evidence form: each chosen file is checked (count, size, type by its
 * name) and uploaded at once with its own progress, so the submission only sends keys.
 */
export function useUploads(options: {
  initial: UploadedFile[];
  rules: UploadRules;
  maxBytes: number;
}): Uploads {
  const format = useFormatter();
  const t = useTranslations("evidence.upload");
  const { rules, maxBytes } = options;
  const [items, setItems] = useState<UploadItem[]>(() =>
    options.initial.map((file) => ({
      id: file.key,
      name: file.name,
      size: file.size,
      status: "done",
      percent: 100,
      key: file.key,
      type: file.type,
      stored: true,
    })),
  );
  const [announcement, setAnnouncement] = useState("");
  const aborts = useRef(new Map<string, () => void>());
  const nextId = useRef(0);

  const update = (id: string, patch: Partial<UploadItem>) =>
    setItems((list) => list.map((item) => (item.id === id ? { ...item, ...patch } : item)));

  const counted = items.filter((item) => item.status !== "refused").length;

  function start(id: string, file: File) {
    let announced = 0;
    const upload = uploadFile(file, (percent) => {
      update(id, { percent });
      // Every quarter is enough for a screen reader; each percent would drown the page.
      if (percent >= announced + 25 && percent < 100) {
        announced = percent - (percent % 25);
        setAnnouncement(t("announceProgress", { name: file.name, percent: announced }));
      }
    });
    aborts.current.set(id, upload.abort);
    upload.done.then(
      (uploaded) => {
        aborts.current.delete(id);
        update(id, { status: "done", percent: 100, key: uploaded.key, type: uploaded.type });
        setAnnouncement(t("announceDone", { name: file.name }));
      },
      (error: unknown) => {
        aborts.current.delete(id);
        const message =
          error instanceof UploadRefused
            ? (error.serverMessage ?? t(FAILURE_MESSAGES[error.failure]))
            : t("failed");
        update(id, { status: "refused", message });
      },
    );
  }

  function add(files: File[]) {
    const room = Math.max(0, rules.max - counted);
    const added: UploadItem[] = files.slice(0, room).map((file) => {
      const id = `upload-${(nextId.current += 1)}`;
      const base = { id, name: file.name, size: file.size, percent: 0 };
      const refusal =
        file.size > maxBytes
          ? t("tooLarge", {
              size: formatFileSize(format, file.size),
              max: formatFileSize(format, maxBytes),
            })
          : file.size === 0
            ? t("empty")
            : !looksAccepted(file, rules.types)
              ? t("wrongType", { types: typeNames(format, rules.types) })
              : undefined;
      if (refusal) return { ...base, status: "refused", message: refusal };
      start(id, file);
      return { ...base, status: "uploading" };
    });
    setItems((list) => [...list, ...added]);
    const left = files.length - added.length;
    if (left > 0) {
      setAnnouncement(t("announceTooMany", { max: rules.max, left }));
    }
  }

  function remove(id: string) {
    aborts.current.get(id)?.();
    aborts.current.delete(id);
    setItems((list) => list.filter((item) => item.id !== id));
    const item = items.find((candidate) => candidate.id === id);
    if (item) setAnnouncement(t("announceRemoved", { name: item.name }));
  }

  return {
    items,
    keys: items.flatMap((item) => (item.status === "done" && item.key ? [item.key] : [])),
    busy: items.some((item) => item.status === "uploading"),
    full: counted >= rules.max,
    announcement,
    add,
    remove,
  };
}
