package org.unspin.spark;

import java.util.Locale;

/** The kinds of corpus the job reads. */
public enum CorpusFormat {
    /** A folder of .txt files, one document each; the id is the path under the folder. */
    TEXT,
    /** JSON Lines, one document per line, with id and text fields (url and date if present). */
    JSONL,
    /** Parquet with id and text columns (url and date if present). */
    PARQUET,
    /** WARC or WET files, plain or gzip'ed: conversion and resource records, with record id, URL and date. */
    WARC;

    /** text (or txt), jsonl (or json), parquet, warc (or wet). */
    public static CorpusFormat parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "text", "txt" -> TEXT;
            case "jsonl", "json" -> JSONL;
            case "parquet" -> PARQUET;
            case "warc", "wet" -> WARC;
            default -> throw new IllegalArgumentException("unknown input format " + name + " (text, jsonl, parquet, warc or wet)");
        };
    }
}
