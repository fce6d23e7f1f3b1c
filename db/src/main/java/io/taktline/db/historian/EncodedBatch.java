package io.taktline.db.historian;

/**
 * A batch already in PostgreSQL's binary COPY format, for one table: what the store sends and what the spool
 * keeps on disk, byte for byte.
 *
 * @param table where the rows go
 * @param bytes the COPY stream, {@code bytes[0 .. length)}
 * @param rows rows in the stream
 * @param endSequence the writer's sequence just past the batch's last sample in this run, or -1 when unknown
 *     (a batch spooled by an earlier run)
 */
record EncodedBatch(Table table, byte[] bytes, int length, int rows, long endSequence) {

    /** The tables the historian writes, each with its columns in COPY order. */
    enum Table {
        SAMPLE("sample", "time timestamptz, tag_id bigint, value double precision, quality smallint"),
        SAMPLE_TEXT("sample_text", "time timestamptz, tag_id bigint, value text, quality smallint");

        final String name;
        final String columnDefinitions;

        Table(String name, String columnDefinitions) {
            this.name = name;
            this.columnDefinitions = columnDefinitions;
        }

        byte code() {
            return (byte) ordinal();
        }

        static Table of(byte code) {
            Table[] all = values();
            if (code < 0 || code >= all.length) {
                throw new IllegalArgumentException("unknown table code " + code);
            }
            return all[code];
        }
    }
}
