package io.taktline.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What the simulated plant did: every state interval of every station and piece of equipment (with
 * the cause of each stop), every cycle with its outcome, and the counts per station. Tests compare
 * what Taktline computes from the OPC UA values against this.
 *
 * @param seed the seed of the run
 * @param start the simulated instant the run started at
 * @param end the simulated instant this snapshot was taken at; intervals still open end here
 */
public record GroundTruth(
        long seed, Instant start, Instant end, List<StateInterval> intervals, List<Cycle> cycles, List<Count> counts) {

    public GroundTruth {
        intervals = List.copyOf(intervals);
        cycles = List.copyOf(cycles);
        counts = List.copyOf(counts);
    }

    /**
     * A time a station or piece of equipment spent in one state.
     *
     * @param path the station's or equipment's browse path, e.g. {@code Plant/BODY/UB1/UB010/R2}
     * @param state RUNNING, IDLE, STARVED, BLOCKED, DOWN, PLANNED_STOP or CHANGEOVER (the vendor code's name)
     * @param cause why: cycle, starved, blocked, fault, micro-stop, andon, changeover, break
     * @param faultCode the fault code served during a fault, else 0
     * @param equipment for a fault, the equipment that failed; else null
     */
    public record StateInterval(
            String path, String state, Instant start, Instant end, String cause, int faultCode, String equipment) {}

    /** One part done by a station: GOOD (first time right), REWORK or SCRAP. */
    public record Cycle(String station, Instant end, double durationS, String outcome) {}

    /**
     * Parts done by a station during the run, and its PartCount before and after (UInt32, rolls over).
     */
    public record Count(
            String station, long produced, long good, long rework, long scrap, long counterStart, long counterEnd) {}

    /** The stops: station intervals of the states that lose production time for a reason of their own. */
    public List<StateInterval> stops() {
        return intervals.stream()
                .filter(i -> i.path().split("/").length == 4)
                .filter(i -> switch (i.state()) {
                    case "DOWN", "IDLE", "PLANNED_STOP", "CHANGEOVER" -> true;
                    default -> false;
                })
                .toList();
    }

    public void writeJson(Writer out) throws IOException {
        out.write("{\"schema\":\"taktline-simulator-truth/1\",\"seed\":" + seed + ",\"start\":\"" + start
                + "\",\"end\":\"" + end + "\",\n\"intervals\":[");
        writeIntervals(out, intervals);
        out.write("],\n\"stops\":[");
        writeIntervals(out, stops());
        out.write("],\n\"cycles\":[");
        for (int i = 0; i < cycles.size(); i++) {
            Cycle c = cycles.get(i);
            out.write((i == 0 ? "\n" : ",\n") + "{\"station\":" + quote(c.station()) + ",\"end\":\"" + c.end()
                    + "\",\"durationS\":" + number(c.durationS()) + ",\"outcome\":\"" + c.outcome() + "\"}");
        }
        out.write("],\n\"counts\":[");
        for (int i = 0; i < counts.size(); i++) {
            Count c = counts.get(i);
            out.write((i == 0 ? "\n" : ",\n") + "{\"station\":" + quote(c.station()) + ",\"produced\":" + c.produced()
                    + ",\"good\":" + c.good() + ",\"rework\":" + c.rework() + ",\"scrap\":" + c.scrap()
                    + ",\"counterStart\":" + c.counterStart() + ",\"counterEnd\":" + c.counterEnd() + "}");
        }
        out.write("]}\n");
    }

    /** Writes intervals.csv, stops.csv, cycles.csv and counts.csv into a folder. */
    public void writeCsv(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Writer out = Files.newBufferedWriter(folder.resolve("intervals.csv"), StandardCharsets.UTF_8)) {
            writeIntervalsCsv(out, intervals);
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve("stops.csv"), StandardCharsets.UTF_8)) {
            writeIntervalsCsv(out, stops());
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve("cycles.csv"), StandardCharsets.UTF_8)) {
            out.write("station,end,duration_s,outcome\n");
            for (Cycle c : cycles) {
                out.write(c.station() + "," + c.end() + "," + number(c.durationS()) + "," + c.outcome() + "\n");
            }
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve("counts.csv"), StandardCharsets.UTF_8)) {
            out.write("station,produced,good,rework,scrap,counter_start,counter_end\n");
            for (Count c : counts) {
                out.write(c.station() + "," + c.produced() + "," + c.good() + "," + c.rework() + "," + c.scrap() + ","
                        + c.counterStart() + "," + c.counterEnd() + "\n");
            }
        }
    }

    /** Writes JSON to a file ending in {@code .json}, CSV files into any other path (a folder). */
    public void writeTo(Path target) {
        try {
            if (target.getFileName().toString().endsWith(".json")) {
                Path parent = target.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    writeJson(out);
                }
            } else {
                writeCsv(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not write the simulator's ground truth to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void writeIntervals(Writer out, List<StateInterval> list) throws IOException {
        for (int i = 0; i < list.size(); i++) {
            StateInterval s = list.get(i);
            out.write((i == 0 ? "\n" : ",\n") + "{\"path\":" + quote(s.path()) + ",\"state\":\"" + s.state()
                    + "\",\"start\":\"" + s.start() + "\",\"end\":\"" + s.end() + "\",\"cause\":\"" + s.cause()
                    + "\",\"faultCode\":" + s.faultCode() + ",\"equipment\":"
                    + (s.equipment() == null ? "null" : quote(s.equipment())) + "}");
        }
    }

    private static void writeIntervalsCsv(Writer out, List<StateInterval> list) throws IOException {
        out.write("path,state,start,end,cause,fault_code,equipment\n");
        for (StateInterval s : list) {
            out.write(s.path() + "," + s.state() + "," + s.start() + "," + s.end() + "," + s.cause() + ","
                    + s.faultCode() + "," + (s.equipment() == null ? "" : s.equipment()) + "\n");
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
