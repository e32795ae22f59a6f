package com.serviceguardrails.bench.abuse;

import com.serviceguardrails.text.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Readers for the labelled data sets in {@code ../shared/data} and the fixed splits used to train, tune and report.
 * Splits are by a stable hash of each row's id or text, so every run and every machine sees the same ones.
 */
final class Corpora {

    /** One labelled message. {@code targeted} is only known for OLID (subtask_b TIN) and the helpdesk set. */
    record Example(String text, boolean offensive, boolean targeted, Language language, String key) {
    }

    private Corpora() {
    }

    static Path shared(String[] args) {
        String dir = args.length > 0 ? args[0] : System.getProperty("guardrails.shared", "../shared");
        return Path.of(dir, "data");
    }

    /** Five buckets by a stable hash; bucket 0 is the held-out one where a split is needed. */
    static int bucket(String key) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x01000193;
        }
        return Math.floorMod(h ^ (h >>> 15), 10);
    }

    /** OLID rows: tuning half (buckets 0-4) or the held-out reporting half (buckets 5-9). Never trained on. */
    static List<Example> olid(Path data, boolean heldOut) throws IOException {
        List<Example> out = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("abuse/olid-train.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length < 4 || cols[0].equals("id")) {
                continue;
            }
            if ((bucket(cols[0]) >= 5) == heldOut) {
                out.add(new Example(cols[1], cols[2].equals("OFF"), cols[3].equals("TIN"), Language.EN, cols[0]));
            }
        }
        return out;
    }

    /** Which part of a data set that is split three ways. */
    enum Split { TRAIN, TUNE, TEST }

    /** GermEval 2018 (CC BY 4.0): buckets 0-1 (20%) held out for reporting, 2-3 for tuning, the rest for training. */
    static List<Example> germEval(Path data, Split split) throws IOException {
        List<Example> out = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("abuse/germeval2018-train.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            int bucket = bucket(cols[0]);
            Split of = bucket < 2 ? Split.TEST : bucket < 4 ? Split.TUNE : Split.TRAIN;
            if (of == split) {
                out.add(new Example(cols[0], cols[1].equals("OFFENSE"), cols.length > 2 && cols[2].equals("INSULT"), Language.DE, cols[0]));
            }
        }
        return out;
    }

    /** Davidson et al. 2017 (MIT): hate or offensive vs neither. */
    static List<Example> davidson(Path data) throws IOException {
        List<Example> out = new ArrayList<>();
        for (CSVRecord row : csv(data.resolve("abuse/davidson.csv"))) {
            out.add(new Example(unescapeHtml(row.get("tweet")), !row.get("class").equals("2"), false, Language.EN, row.get(0)));
        }
        return out;
    }

    /** Davidson et al. 2017 (MIT) with its three classes: the key is the class (0 hate, 1 offensive, 2 neither). */
    static List<Example> davidsonClasses(Path data) throws IOException {
        List<Example> out = new ArrayList<>();
        for (CSVRecord row : csv(data.resolve("abuse/davidson.csv"))) {
            out.add(new Example(unescapeHtml(row.get("tweet")), !row.get("class").equals("2"), false, Language.EN, row.get("class")));
        }
        return out;
    }

    /** MLMA (MIT), English or French: anything but "normal" counts as offensive. */
    static List<Example> mlma(Path data, Language language) throws IOException {
        List<Example> out = new ArrayList<>();
        for (CSVRecord row : csv(data.resolve("abuse/mlma-" + language.code() + ".csv"))) {
            out.add(new Example(row.get("tweet"), !row.get("sentiment").equals("normal"), false, language, row.get(0)));
        }
        return out;
    }

    /** The agent replies (Apache-2.0), the text the agents wrote. For false alarms; never trained on. */
    static List<String> agentReplies(Path data) throws IOException {
        return column(data, "text");
    }

    /** The customer messages the agents answered (Apache-2.0): clean-enough helpdesk English for training. */
    static List<String> customerMessages(Path data) throws IOException {
        return column(data, "customer_previous");
    }

    private static List<String> column(Path data, String name) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(data.resolve("replies/agent-replies-ibm.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        int column = header.indexOf(name);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length > column && !cols[column].isBlank()) {
                out.add(cols[column]);
            }
        }
        return out;
    }

    /** The helpdesk set written for this project (test resource of guardrails-core): lang, author, abusive, text. */
    static List<String[]> helpdesk(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            out.add(line.split("\t", 5));
        }
        return out;
    }

    private static Iterable<CSVRecord> csv(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).build().parse(reader).getRecords();
    }

    private static String unescapeHtml(String text) {
        return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#8220;", "\"").replace("&#8221;", "\"");
    }
}
