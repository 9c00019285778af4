//! The `claimlens` command: annotate articles, or score the annotator against
//! a gold corpus. Argument handling and I/O only; the work is in the library.

use claimlens::eval::{self, LoadError, Report};
use claimlens::{Annotator, Document};
use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const HELP: &str = "\
claimlens - find who speaks, what they claim and who disputes whom in news articles

Usage:
  claimlens annotate [--out DIR] [--pretty] [--broken-quotes HOW]
                     [--attributions WHICH] [FILE...]
  claimlens eval [--per-file] [--weakest N] [--pred DIR] GOLD_DIR...
  claimlens help [COMMAND]

Commands:
  annotate   Find the speakers, claims and counterclaims of articles and
             print them as JSON (or write one JSON file per article)
  eval       Score the annotator against gold corpora, with the figures
             and names of score.py
  help       Show this help, or the help of a command

Options:
  -h, --help      Show help; after a command, that command's help
  -V, --version   Show the version

Examples:
  claimlens annotate article.txt
  claimlens annotate --pretty < article.txt
  claimlens annotate --out predictions tests/corpus/*.json
  claimlens eval tests/corpus
  claimlens eval --per-file tests/corpus

The JSON format is described in ANNOTATION.md; its offsets are UTF-16 code
units (JavaScript string indices). Exit status: 0 when all went well, 1 when
an input could not be read or processed, 2 when the command line is wrong.
";

const ANNOTATE_HELP: &str = "\
claimlens annotate - annotate articles and print or write the JSON

Usage: claimlens annotate [--out DIR] [--pretty] [--broken-quotes HOW]
                          [--attributions WHICH] [FILE...]

Each FILE is either a plain-text article (UTF-8) or, when its name ends in
.json, a corpus file whose \"text\" field holds the article. With no FILE, or
with FILE '-', the article is read from standard input as plain text.

Each article gives one JSON document {\"id\", \"speakers\", \"claims\"} with
offsets in UTF-16 code units. Its id is the corpus file's \"id\", else the
file name without its extension; an article from standard input has no id.

Options:
  -o, --out DIR   Write DIR/<id>.json for each article instead of printing
                  (DIR is created if needed; standard input goes to
                  DIR/stdin.json)
  -p, --pretty    Indent the JSON
  --broken-quotes HOW
                  A quote broken by its attribution, \"A,\" she said, \"B.\":
                  'split' gives one claim per piece (ANNOTATION.md's
                  convention), 'joined' one claim whose content runs from A
                  to B (PolNeAR's). Default 'auto': joined for a corpus file
                  that says \"attribution_by\": \"source\" (a PolNeAR file),
                  split otherwise
  --attributions WHICH
                  'narrow' marks what ANNOTATION.md calls claims; 'wide'
                  also what PolNeAR counts as attributions: commitments and
                  refusals (\"agreed to pay\", \"declined to comment\"),
                  mentions, attacks and topics (\"attacked her as a
                  fraud\"), appearances (\"the deal seemed to collapse\").
                  Default 'auto': wide for a PolNeAR file, narrow otherwise
  -h, --help      Show this help

Without --out, the documents are printed one per line (JSON Lines), or with
--pretty indented, one after the other. An input that cannot be read is
reported and skipped, the others are still annotated, and the exit status
is 1.

Examples:
  claimlens annotate article.txt
  claimlens annotate --pretty < article.txt
  claimlens annotate --out predictions tests/corpus/*.json
";

const EVAL_HELP: &str = "\
claimlens eval - score the annotator against gold corpora

Usage: claimlens eval [--per-file] [--weakest N] [--pred DIR] GOLD_DIR...

Annotates the \"text\" of every GOLD_DIR/*.json file and compares the result
with its gold annotations exactly as score.py does, printing the same figures
under the same names: files_missing, claims_gold, claim_precision,
claim_recall, claim_f1, attribution, the counterclaim figures (when the gold
has counterclaims), the speaker figures (when it has speakers) and overall.
With several GOLD_DIRs, each gets its own block under a '== DIR ==' heading.

Options:
  --per-file      Also print score.py's line for every file, then, for the
                  weakest files (lowest claim F1 first), every claim that was
                  missed, spurious, misattributed, of the wrong role or wrongly
                  linked, with its text
  --weakest N     How many of the weakest files --per-file details (default 10)
  --pred DIR      Do not annotate: score the prediction files DIR/<name>.json,
                  like `python3 score.py GOLD_DIR DIR`
  -h, --help      Show this help

Examples:
  claimlens eval tests/corpus
  claimlens eval --per-file --weakest 3 tests/corpus
  claimlens eval --pred predictions tests/corpus
";

/// Why the command stopped.
enum Failure {
    /// The command line is wrong (exit 2); the help of the command it was for.
    Usage(String, &'static str),
    /// An input could not be read or processed (exit 1); already reported.
    Input,
}

impl From<lexopt::Error> for Failure {
    fn from(e: lexopt::Error) -> Failure {
        Failure::Usage(e.to_string(), HELP)
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input) => ExitCode::from(1),
        Err(Failure::Usage(msg, help)) => {
            let usage = help
                .lines()
                .skip_while(|l| !l.starts_with("Usage"))
                .take_while(|l| !l.is_empty());
            eprintln!("claimlens: error: {msg}\n");
            for line in usage {
                eprintln!("{line}");
            }
            eprintln!("\nRun with --help for more.");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), Failure> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    match parser.next()? {
        None => Err(Failure::Usage("no command given".into(), HELP)),
        Some(Short('h') | Long("help")) => out(HELP),
        Some(Short('V') | Long("version")) => {
            out(&format!("claimlens {}\n", env!("CARGO_PKG_VERSION")))
        }
        Some(Value(cmd)) => match cmd.to_str() {
            Some("annotate") => annotate(parser),
            Some("eval") => evaluate(parser),
            Some("help") => match parser.next()? {
                None => out(HELP),
                Some(Value(c)) if c == "annotate" => out(ANNOTATE_HELP),
                Some(Value(c)) if c == "eval" => out(EVAL_HELP),
                Some(other) => Err(Failure::Usage(
                    format!("no help for {}", describe(&other)),
                    HELP,
                )),
            },
            _ => Err(Failure::Usage(format!("unknown command {cmd:?}"), HELP)),
        },
        Some(arg) => Err(arg.unexpected().into()),
    }
}

fn describe(arg: &lexopt::Arg) -> String {
    match arg {
        lexopt::Arg::Short(c) => format!("-{c}"),
        lexopt::Arg::Long(l) => format!("--{l}"),
        lexopt::Arg::Value(v) => format!("{v:?}"),
    }
}

/// Writes to standard output; a closed pipe (`| head`) ends the command quietly.
fn out(s: &str) -> Result<(), Failure> {
    match io::stdout().lock().write_all(s.as_bytes()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => {
            eprintln!("claimlens: error: cannot write to standard output: {e}");
            Err(Failure::Input)
        }
    }
}

/// Reports an input or processing error; the command will exit with 1.
fn fail(e: impl std::fmt::Display) -> Failure {
    eprintln!("claimlens: error: {e}");
    Failure::Input
}

fn annotate(mut parser: lexopt::Parser) -> Result<(), Failure> {
    use lexopt::prelude::*;
    let usage = |e: lexopt::Error| Failure::Usage(e.to_string(), ANNOTATE_HELP);
    let (mut dir, mut pretty, mut files) = (None::<PathBuf>, false, Vec::<PathBuf>::new());
    let mut conventions = Conventions {
        broken_quotes: Follow::Auto,
        attributions: Follow::Auto,
    };
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Short('o') | Long("out") => dir = Some(parser.value().map_err(usage)?.into()),
            Short('p') | Long("pretty") => pretty = true,
            Long("broken-quotes") => {
                let value = parser.value().map_err(usage)?;
                conventions.broken_quotes = follow("--broken-quotes", &value, "split", "joined")?;
            }
            Long("attributions") => {
                let value = parser.value().map_err(usage)?;
                conventions.attributions = follow("--attributions", &value, "narrow", "wide")?;
            }
            Short('h') | Long("help") => return out(ANNOTATE_HELP),
            Value(v) => files.push(v.into()),
            _ => return Err(usage(arg.unexpected())),
        }
    }
    if files.is_empty() {
        files.push("-".into());
    }
    if let Some(dir) = &dir {
        std::fs::create_dir_all(dir).map_err(|e| {
            fail(format_args!(
                "{}: cannot create the output directory: {e}",
                dir.display()
            ))
        })?;
    }
    // Output file -> the input it was written from, to refuse a second one.
    let mut written = HashMap::new();
    let mut failed = false;
    for file in &files {
        failed |= annotate_one(file, dir.as_deref(), pretty, conventions, &mut written).is_err();
    }
    if failed {
        Err(Failure::Input)
    } else {
        Ok(())
    }
}

/// Whose convention `annotate` follows on one point.
#[derive(Clone, Copy)]
enum Follow {
    /// As the input file says: PolNeAR's for a PolNeAR file.
    Auto,
    /// ANNOTATION.md's.
    Annotation,
    /// PolNeAR's.
    PolNeAR,
}

impl Follow {
    /// Whether PolNeAR's convention is followed for an input that is
    /// (`polnear`) a PolNeAR file or not.
    fn polnear(self, polnear: bool) -> bool {
        match self {
            Follow::Auto => polnear,
            Follow::Annotation => false,
            Follow::PolNeAR => true,
        }
    }
}

/// The conventions `annotate` follows.
#[derive(Clone, Copy)]
struct Conventions {
    /// A quote broken by its attribution: one claim per piece, or one.
    broken_quotes: Follow,
    /// Claims only, or PolNeAR's wider attributions too.
    attributions: Follow,
}

/// Reads the value of `flag`: "auto", `annotation` (ANNOTATION.md's name
/// for its convention) or `polnear` (PolNeAR's).
fn follow(
    flag: &str,
    value: &std::ffi::OsStr,
    annotation: &str,
    polnear: &str,
) -> Result<Follow, Failure> {
    match value.to_string_lossy().as_ref() {
        "auto" => Ok(Follow::Auto),
        v if v == annotation => Ok(Follow::Annotation),
        v if v == polnear => Ok(Follow::PolNeAR),
        other => Err(Failure::Usage(
            format!("{flag} takes 'auto', '{annotation}' or '{polnear}', not {other:?}"),
            ANNOTATE_HELP,
        )),
    }
}

/// Annotates one input and prints its JSON, or writes it into `dir`.
fn annotate_one(
    file: &Path,
    dir: Option<&Path>,
    pretty: bool,
    conventions: Conventions,
    written: &mut HashMap<PathBuf, PathBuf>,
) -> Result<(), Failure> {
    let Input { id, text, polnear } = read_input(file).map_err(fail)?;
    let found = Annotator::new()
        .join_broken_quotes(conventions.broken_quotes.polnear(polnear))
        .wide_attributions(conventions.attributions.polnear(polnear))
        .try_annotate(&text)
        .map_err(|e| fail(format_args!("{}: {e}", file.display())))?;
    let json = if pretty {
        let doc = Document {
            id: id.clone(),
            ..found.to_document(&text)
        };
        serde_json::to_string_pretty(&doc).expect("a Document always serialises")
    } else {
        // The same text as serde's for the document, written directly.
        found.to_json_with_id(&text, id.as_deref())
    } + "\n";
    let Some(dir) = dir else {
        return out(&json);
    };
    let name = output_name(id.as_deref())
        .map_err(|problem| fail(format_args!("{}: {problem}", file.display())))?;
    let target = dir.join(name);
    if let Some(first) = written.get(&target) {
        return Err(fail(format_args!(
            "{}: {} was already written from {}; not overwriting it",
            file.display(),
            target.display(),
            first.display()
        )));
    }
    std::fs::write(&target, json)
        .map_err(|e| fail(format_args!("{}: cannot write: {e}", target.display())))?;
    written.insert(target, file.to_path_buf());
    Ok(())
}

/// One article to annotate.
struct Input {
    /// The corpus file's id, else the file's stem; none for standard input.
    id: Option<String>,
    text: String,
    /// A corpus file that follows PolNeAR's conventions.
    polnear: bool,
}

/// Reads one input: its id (if it has one), its text and its convention.
fn read_input(file: &Path) -> Result<Input, LoadError> {
    if file == Path::new("-") {
        let stdin = Path::new("<stdin>");
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|source| LoadError::Io {
                path: stdin.into(),
                source,
            })?;
        return Ok(Input {
            id: None,
            text: eval::utf8(stdin, bytes)?,
            polnear: false,
        });
    }
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned());
    if !file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        return Ok(Input {
            id: stem,
            text: eval::read_text(file)?,
            polnear: false,
        });
    }
    let v = eval::read_json(file)?;
    let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
        let problem =
            "no string field \"text\" (a .json input must be a corpus file holding the article)";
        return Err(LoadError::Shape {
            path: file.into(),
            problem: problem.into(),
        });
    };
    let id = v
        .get("id")
        .and_then(|i| i.as_str())
        .map(str::to_string)
        .or(stem);
    Ok(Input {
        id,
        text: text.to_string(),
        polnear: eval::AttributionBy::of(&v).joins_broken_quotes(),
    })
}

/// The output file name for an id: `<id>.json`, if the id can name a file.
fn output_name(id: Option<&str>) -> Result<String, String> {
    let id = id.unwrap_or("stdin");
    let bad = id.is_empty() || id == "." || id == ".." || id.contains(['/', '\\', '\0']);
    if bad {
        Err(format!("its id {id:?} cannot name an output file"))
    } else {
        Ok(format!("{id}.json"))
    }
}

fn evaluate(mut parser: lexopt::Parser) -> Result<(), Failure> {
    use lexopt::prelude::*;
    let usage = |e: lexopt::Error| Failure::Usage(e.to_string(), EVAL_HELP);
    let (mut per_file, mut weakest, mut pred, mut dirs) =
        (false, 10usize, None::<PathBuf>, Vec::<PathBuf>::new());
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Long("per-file") => per_file = true,
            Long("weakest") => weakest = parser.value().map_err(usage)?.parse().map_err(usage)?,
            Long("pred") => pred = Some(parser.value().map_err(usage)?.into()),
            Short('h') | Long("help") => return out(EVAL_HELP),
            Value(v) => dirs.push(v.into()),
            _ => return Err(usage(arg.unexpected())),
        }
    }
    if dirs.is_empty() {
        return Err(Failure::Usage("no GOLD_DIR given".into(), EVAL_HELP));
    }
    for (k, dir) in dirs.iter().enumerate() {
        let scored = match &pred {
            Some(pred) => eval::score_pred_dir(dir, pred),
            None => eval::score_dir(dir, |gold| gold.annotate()),
        };
        let scored = scored.map_err(fail)?;
        let mut text = String::new();
        if dirs.len() > 1 {
            text += &format!("{}== {} ==\n", if k > 0 { "\n" } else { "" }, dir.display());
        }
        if per_file {
            text += &per_file_text(&scored, weakest);
        }
        text += &scored.totals().to_string();
        out(&text)?;
    }
    Ok(())
}

fn per_file_text(scored: &Report, weakest: usize) -> String {
    let mut text: String = scored.files.iter().map(|f| format!("{f}\n")).collect();
    let weak: Vec<_> = scored
        .weakest(weakest)
        .into_iter()
        .filter(|f| f.has_problems())
        .collect();
    if weak.is_empty() {
        text += "\nNothing missed, spurious, misattributed or wrongly linked.\n\n";
        return text;
    }
    text += &format!(
        "\nThe {} weakest files, lowest claim F1 first:\n\n",
        weak.len()
    );
    for f in weak {
        text += &format!("{}\n", f.details());
    }
    text
}
