//! Reading gold and predicted annotation files as leniently as `score.py`.
//!
//! `score.py` reads JSON with `dict.get` and defaults, so the scorer here does
//! too: spans may be `[start, end]` or `{"start": s, "end": e}`, any `kind`
//! is accepted, and a missing `name`, `mentions`, `speaker`, `role`,
//! `source` or `counters` takes the default `score.py` gives it. What
//! `score.py` cannot do without (a speaker's or claim's `id`, a claim's
//! `content` key, the gold `text`) is an error naming the file.

use crate::json::Document;
use serde_json::{Map, Value};
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// A half-open range in UTF-16 code units, `[start, end)`, as read from JSON.
///
/// Signed, because a lenient reader takes whatever numbers the file holds;
/// a range outside the text simply touches no words.
pub type Utf16Range = [i64; 2];

/// The id of a speaker or claim as the file wrote it.
///
/// Ids are compared as JSON values, like `score.py` does: the string `"1"`
/// and the number `1` are different ids.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Id {
    /// A JSON string, the usual case (`"s1"`, `"c3"`).
    Str(String),
    /// Any other JSON value, kept as its JSON text.
    Other(String),
}

impl Id {
    fn from_value(v: &Value) -> Option<Id> {
        match v {
            Value::Null => None,
            Value::String(s) => Some(Id::Str(s.clone())),
            other => Some(Id::Other(other.to_string())),
        }
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Id::Str(s) | Id::Other(s) => f.write_str(s),
        }
    }
}

/// How a gold file wants attribution judged (its `attribution_by` field).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum AttributionBy {
    /// No `attribution_by` (or a false-like one): by speaker entities.
    #[default]
    Speaker,
    /// `"source"` (the PolNeAR sets): by overlap of the `source` spans;
    /// speakers and counterclaims are not scored.
    Source,
    /// Any other value. Scored like [`AttributionBy::Speaker`], except that
    /// `score.py` counts no gold speakers for such a file when its prediction
    /// is missing; this keeps that quirk.
    Other(String),
}

impl AttributionBy {
    /// What a corpus file's parsed JSON says (its `attribution_by` field).
    pub fn of(file: &Value) -> AttributionBy {
        match file.get("attribution_by") {
            Some(Value::String(s)) if s == "source" => AttributionBy::Source,
            Some(v) if truthy(v) => AttributionBy::Other(v.to_string()),
            _ => AttributionBy::Speaker,
        }
    }

    /// Whether the file follows PolNeAR's conventions, where a quote broken
    /// by its attribution is one content, not one claim per piece (see
    /// [`crate::Annotator::join_broken_quotes`]).
    pub fn joins_broken_quotes(&self) -> bool {
        *self == AttributionBy::Source
    }
}

/// A speaker as the scorer reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleSpeaker {
    /// Its id.
    pub id: Id,
    /// Its name; empty when absent or not a string.
    pub name: String,
    /// Its mentions; `None` for a `null` entry.
    pub mentions: Vec<Option<Utf16Range>>,
}

/// A claim as the scorer reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleClaim {
    /// Its id.
    pub id: Id,
    /// The id of its speaker, if any.
    pub speaker: Option<Id>,
    /// Its `kind` as written (`direct`, `unknown`, …); empty when absent.
    pub kind: String,
    /// True when `role` is `"counterclaim"`.
    pub counterclaim: bool,
    /// The id of the claim it counters, if any.
    pub counters: Option<Id>,
    /// Its content span; `None` when the file says `null`.
    pub content: Option<Utf16Range>,
    /// Its source span, if any.
    pub source: Option<Utf16Range>,
    /// Its cue span, if present and readable (the scorer never needs it;
    /// diagnostics show it).
    pub cue: Option<Utf16Range>,
}

/// The annotations of one article, gold or predicted, as the scorer reads them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    /// The article text, when the file carries one (gold files must).
    pub text: Option<String>,
    /// How attribution is judged; meaningful in gold files.
    pub attribution_by: AttributionBy,
    /// The speakers, in file order.
    pub speakers: Vec<ArticleSpeaker>,
    /// The claims, in file order.
    pub claims: Vec<ArticleClaim>,
}

impl Article {
    /// Reads an article from parsed JSON.
    ///
    /// # Errors
    ///
    /// A description of the first thing `score.py` could not read either: a
    /// value that is not an object, a speaker or claim without `id`, a claim
    /// without a `content` key, a span that is not two integers, a `text`
    /// that is not a string.
    pub fn from_value(v: &Value) -> Result<Article, String> {
        let obj = v.as_object().ok_or("the file is not a JSON object")?;
        let text = match obj.get("text") {
            None => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => return Err("`text` is not a string".into()),
        };
        let attribution_by = AttributionBy::of(v);
        let speakers = list(obj, "speakers")?
            .iter()
            .enumerate()
            .map(|(k, s)| speaker(s).map_err(|e| format!("speaker {}: {e}", k + 1)))
            .collect::<Result<_, _>>()?;
        let claims = list(obj, "claims")?
            .iter()
            .enumerate()
            .map(|(k, c)| claim(c).map_err(|e| format!("claim {}: {e}", k + 1)))
            .collect::<Result<_, _>>()?;
        Ok(Article {
            text,
            attribution_by,
            speakers,
            claims,
        })
    }
}

impl From<&Document> for Article {
    /// The scorer's view of the annotator's own output, exactly as if it had
    /// been written to JSON and read back.
    fn from(doc: &Document) -> Article {
        let range = |s: [u32; 2]| [i64::from(s[0]), i64::from(s[1])];
        Article {
            text: None,
            attribution_by: AttributionBy::Speaker,
            speakers: doc
                .speakers
                .iter()
                .map(|s| ArticleSpeaker {
                    id: Id::Str(s.id.clone()),
                    name: s.name.clone(),
                    mentions: s.mentions.iter().map(|&m| Some(range(m))).collect(),
                })
                .collect(),
            claims: doc
                .claims
                .iter()
                .map(|c| {
                    let kind = serde_json::to_value(c.kind).ok();
                    ArticleClaim {
                        id: Id::Str(c.id.clone()),
                        speaker: c.speaker.clone().map(Id::Str),
                        kind: kind
                            .as_ref()
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_string(),
                        counterclaim: c.role == crate::Role::Counterclaim,
                        counters: c.counters.clone().map(Id::Str),
                        content: Some(range(c.content)),
                        source: c.source.map(range),
                        cue: c.cue.map(range),
                    }
                })
                .collect(),
        }
    }
}

/// Python's truth value of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64() != Some(0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// `d.get(key, [])`, with `null` read as empty too.
fn list<'v>(obj: &'v Map<String, Value>, key: &str) -> Result<&'v [Value], String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(format!("`{key}` is not a list")),
    }
}

fn field<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
    v.get(key).filter(|x| !x.is_null())
}

fn required_id(v: &Value) -> Result<Id, String> {
    if !v.is_object() {
        return Err("not a JSON object".into());
    }
    field(v, "id")
        .and_then(Id::from_value)
        .ok_or_else(|| "no `id`".into())
}

fn speaker(v: &Value) -> Result<ArticleSpeaker, String> {
    let id = required_id(v)?;
    let name = field(v, "name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let mentions = match field(v, "mentions") {
        None => Vec::new(),
        Some(Value::Array(ms)) => ms
            .iter()
            .map(|m| span(m).map_err(|e| format!("{id}: a mention {e}")))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(format!("{id}: `mentions` is not a list")),
    };
    Ok(ArticleSpeaker { id, name, mentions })
}

fn claim(v: &Value) -> Result<ArticleClaim, String> {
    let id = required_id(v)?;
    let content = match v.get("content") {
        None => return Err(format!("{id}: no `content`")),
        Some(c) => span(c).map_err(|e| format!("{id}: `content` {e}"))?,
    };
    let source =
        span(v.get("source").unwrap_or(&Value::Null)).map_err(|e| format!("{id}: `source` {e}"))?;
    Ok(ArticleClaim {
        speaker: field(v, "speaker").and_then(Id::from_value),
        kind: field(v, "kind")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        counterclaim: v.get("role").and_then(Value::as_str) == Some("counterclaim"),
        counters: field(v, "counters").and_then(Id::from_value),
        content,
        source,
        cue: v.get("cue").and_then(|c| span(c).ok().flatten()),
        id,
    })
}

/// `score.py`'s `span`: `null`, `[s, e, …]` or `{"start": s, "end": e}`.
fn span(v: &Value) -> Result<Option<Utf16Range>, String> {
    let (s, e) = match v {
        Value::Null => return Ok(None),
        Value::Array(a) if a.len() >= 2 => (&a[0], &a[1]),
        Value::Object(o) => match (o.get("start"), o.get("end")) {
            (Some(s), Some(e)) => (s, e),
            _ => return Err("needs \"start\" and \"end\"".into()),
        },
        _ => return Err("is not a span ([start, end] or {\"start\", \"end\"})".into()),
    };
    Ok(Some([int(s)?, int(e)?]))
}

/// Python's `int()` of a JSON value: integers, truncated floats, booleans and
/// numeric strings.
fn int(v: &Value) -> Result<i64, String> {
    let bad = || format!("has an offset that is not an integer: {v}");
    match v {
        Value::Number(n) => n
            .as_i64()
            .or_else(|| {
                n.as_f64()
                    .filter(|f| f.is_finite() && f.abs() < 9.2e18)
                    .map(|f| f as i64)
            })
            .ok_or_else(bad),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::String(s) => s.trim().replace('_', "").parse().map_err(|_| bad()),
        _ => Err(bad()),
    }
}

/// Why a file could not be read, loaded or scored. Every variant names the file.
#[derive(Debug)]
#[non_exhaustive]
pub enum LoadError {
    /// The file (or directory) could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The file is not valid UTF-8.
    Utf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The file is not well-formed JSON.
    Json {
        /// The file.
        path: PathBuf,
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1.
        column: usize,
        /// What serde_json said, without its position.
        message: String,
    },
    /// The JSON is well formed but lacks something the scorer needs.
    Shape {
        /// The file.
        path: PathBuf,
        /// What is wrong, e.g. "no string field `text`".
        problem: String,
    },
    /// A prediction file carries a `text` different from its gold file's.
    TextDiffers {
        /// The prediction file.
        path: PathBuf,
    },
    /// A gold directory holds no `*.json` file.
    NoGoldFiles {
        /// The directory.
        dir: PathBuf,
    },
}

impl LoadError {
    /// The file or directory the error is about.
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::Utf8 { path, .. }
            | LoadError::Json { path, .. }
            | LoadError::Shape { path, .. }
            | LoadError::TextDiffers { path } => path,
            LoadError::NoGoldFiles { dir } => dir,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { path, source } => {
                write!(f, "{}: cannot read: {source}", path.display())
            }
            LoadError::Utf8 { path, offset } => {
                write!(
                    f,
                    "{}: not valid UTF-8 (first bad byte at offset {offset})",
                    path.display()
                )
            }
            LoadError::Json {
                path,
                line,
                column,
                message,
            } => write!(
                f,
                "{}: malformed JSON at line {line}, column {column}: {message}",
                path.display()
            ),
            LoadError::Shape { path, problem } => write!(f, "{}: {problem}", path.display()),
            LoadError::TextDiffers { path } => {
                write!(f, "{}: its text differs from the gold text", path.display())
            }
            LoadError::NoGoldFiles { dir } => {
                write!(
                    f,
                    "{}: no gold files (*.json) in this directory",
                    dir.display()
                )
            }
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Checks that `bytes`, read from `path`, are UTF-8.
///
/// # Errors
///
/// [`LoadError::Utf8`] with the offset of the first bad byte.
pub fn utf8(path: &Path, bytes: Vec<u8>) -> Result<String, LoadError> {
    String::from_utf8(bytes).map_err(|e| LoadError::Utf8 {
        path: path.into(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// Reads a UTF-8 text file.
///
/// # Errors
///
/// [`LoadError::Io`] or [`LoadError::Utf8`], naming `path`.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.into(),
        source,
    })?;
    utf8(path, bytes)
}

/// Parses `text`, read from `path`, as JSON.
///
/// # Errors
///
/// [`LoadError::Json`] with the line and column serde_json reports.
pub fn parse_json(path: &Path, text: &str) -> Result<Value, LoadError> {
    serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        let full = e.to_string();
        let suffix = format!(" at line {line} column {column}");
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
        LoadError::Json {
            path: path.into(),
            line,
            column,
            message,
        }
    })
}

/// Reads a UTF-8 JSON file.
///
/// # Errors
///
/// [`LoadError::Io`], [`LoadError::Utf8`] or [`LoadError::Json`], naming `path`.
pub fn read_json(path: &Path) -> Result<Value, LoadError> {
    parse_json(path, &read_text(path)?)
}

/// Reads an annotation file (gold or predicted) into an [`Article`].
///
/// # Errors
///
/// As [`read_json`], or [`LoadError::Shape`] when [`Article::from_value`]
/// refuses the content.
pub fn read_article(path: &Path) -> Result<Article, LoadError> {
    Article::from_value(&read_json(path)?).map_err(|problem| LoadError::Shape {
        path: path.into(),
        problem,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lenient_spans_and_defaults() {
        let v = json!({
            "text": "x",
            "attribution_by": "source",
            "speakers": [{"id": "s1", "mentions": [[0, 1], null, {"start": 2, "end": 3.9}]}],
            "claims": [{"id": "c1", "kind": "unknown", "content": {"start": "4", "end": 7}},
                       {"id": 2, "speaker": "s1", "role": "counterclaim", "content": null,
                        "source": [1, 2, 99], "cue": "junk", "counters": "c1"}]
        });
        let a = Article::from_value(&v).unwrap();
        assert_eq!(a.attribution_by, AttributionBy::Source);
        assert_eq!(a.speakers[0].name, "");
        assert_eq!(
            a.speakers[0].mentions,
            vec![Some([0, 1]), None, Some([2, 3])]
        );
        let (c1, c2) = (&a.claims[0], &a.claims[1]);
        assert_eq!(
            (c1.content, c1.counterclaim, c1.speaker.clone()),
            (Some([4, 7]), false, None)
        );
        assert_eq!(c1.kind, "unknown");
        assert_eq!(c2.id, Id::Other("2".into()));
        assert_eq!((c2.content, c2.source, c2.cue), (None, Some([1, 2]), None));
        assert!(c2.counterclaim);
        assert_eq!(c2.counters, Some(Id::Str("c1".into())));
    }

    #[test]
    fn what_score_py_cannot_read_is_an_error() {
        assert!(Article::from_value(&json!([1])).is_err());
        assert!(Article::from_value(&json!({"text": 3})).is_err());
        let no_id = json!({"claims": [{"content": [0, 1]}]});
        assert_eq!(Article::from_value(&no_id).unwrap_err(), "claim 1: no `id`");
        let no_content = json!({"claims": [{"id": "c1"}]});
        assert_eq!(
            Article::from_value(&no_content).unwrap_err(),
            "claim 1: c1: no `content`"
        );
        let bad_span = json!({"claims": [{"id": "c1", "content": [0]}]});
        assert!(Article::from_value(&bad_span)
            .unwrap_err()
            .contains("not a span"));
    }

    #[test]
    fn truthy_attribution_by() {
        let other = Article::from_value(&json!({"attribution_by": "speaker"})).unwrap();
        assert_eq!(
            other.attribution_by,
            AttributionBy::Other("\"speaker\"".into())
        );
        let falsy = Article::from_value(&json!({"attribution_by": ""})).unwrap();
        assert_eq!(falsy.attribution_by, AttributionBy::Speaker);
    }

    #[test]
    fn errors_name_the_file_and_position() {
        let p = Path::new("gold/a.json");
        let e = parse_json(p, "{\n  \"id\": ,\n}").unwrap_err();
        assert!(matches!(e, LoadError::Json { line: 2, .. }), "{e:?}");
        assert!(
            e.to_string()
                .starts_with("gold/a.json: malformed JSON at line 2, column"),
            "{e}"
        );
        let e = utf8(p, b"ab\xffcd".to_vec()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "gold/a.json: not valid UTF-8 (first bad byte at offset 2)"
        );
    }
}
