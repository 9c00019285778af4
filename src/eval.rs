//! Scoring annotations against a gold corpus: a port of `score.py`.
//!
//! The figures are those of the reference scorer, computed the same way to the
//! last tie-break, so `claimlens eval` and `python3 score.py` print the same
//! lines for the same predictions:
//!
//! - a predicted claim matches a gold claim when their contents share words
//!   (Python's `\w+`) with a Jaccard index of at least 0.5, one-to-one, best
//!   first;
//! - a matched claim is attributed right when its predicted speaker is aligned
//!   to the gold speaker (equal names, or overlapping mentions), or, in gold
//!   files marked `"attribution_by": "source"`, when the source spans overlap;
//! - counterclaims are matched the same way among themselves, and a matched
//!   counterclaim is linked right when it counters the prediction matched to
//!   the gold target.
//!
//! ```
//! use claimlens::eval;
//! # fn main() -> Result<(), eval::LoadError> {
//! # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
//! let report = eval::score_dir(&dir, |gold| {
//!     let text = gold.text();
//!     claimlens::annotate(text).to_document(text)
//! })?;
//! let totals = report.totals();
//! println!("{totals}"); // files_missing: 0 … overall: 0.xxx, as score.py prints
//! assert!(totals.claim_f1() >= 0.0);
//! for file in report.weakest(3) {
//!     print!("{}", file.details()); // what was missed, spurious, misattributed
//! }
//! # Ok(()) }
//! ```
//!
//! Offsets in the files are UTF-16 code units, as everywhere in JSON.

mod load;
mod matching;
mod report;
mod words;

pub use load::{
    parse_json, read_article, read_json, read_text, utf8, Article, ArticleClaim, ArticleSpeaker,
    AttributionBy, Id, LoadError, Utf16Range,
};
pub use matching::score_article;
pub use report::{
    prf, ClaimNote, Counts, Details, Figure, FileScore, Mismatch, Report, Totals, Value,
};

use crate::json::Document;
use std::path::{Path, PathBuf};

/// One gold file: its path, its name and its annotations, text included.
#[derive(Clone, Debug)]
pub struct GoldFile {
    path: PathBuf,
    name: String,
    text: String,
    article: Article,
}

impl GoldFile {
    /// Reads a gold file.
    ///
    /// # Errors
    ///
    /// As [`read_article`], or [`LoadError::Shape`] when the file has no
    /// string `text`.
    pub fn load(path: &Path) -> Result<GoldFile, LoadError> {
        let mut article = read_article(path)?;
        let text = article.text.take().ok_or_else(|| LoadError::Shape {
            path: path.into(),
            problem: "no string field \"text\"".into(),
        })?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(GoldFile {
            path: path.into(),
            name,
            text,
            article,
        })
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's stem: `seed-raisi-putin` for `seed-raisi-putin.json`. A
    /// prediction for it is looked up as `<name>.json`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The article text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The gold annotations (their `text` is in [`GoldFile::text`]).
    pub fn article(&self) -> &Article {
        &self.article
    }

    /// An annotator that follows this file's conventions: for a PolNeAR
    /// file (`"attribution_by": "source"`) a broken quote is one claim
    /// ([`crate::Annotator::join_broken_quotes`]) and PolNeAR's wider
    /// attributions are marked ([`crate::Annotator::wide_attributions`]);
    /// otherwise ANNOTATION.md's defaults.
    pub fn annotator(&self) -> crate::Annotator {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let polnear = self.article.attribution_by.joins_broken_quotes();
            crate::Annotator::new()
                .join_broken_quotes(polnear)
                .wide_attributions(polnear)
        }
        #[cfg(target_arch = "wasm32")]
        crate::Annotator::new()
    }

    /// Annotates the file's text with [`GoldFile::annotator`], as a document
    /// to score. Text over the annotator's size limit gives no claims.
    pub fn annotate(&self) -> Document {
        self.annotator()
            .try_annotate(&self.text)
            .unwrap_or_default()
            .to_document(&self.text)
    }

    /// Scores a prediction (or its absence) against this file.
    pub fn score(&self, pred: Option<&Article>) -> FileScore {
        score_article(&self.name, &self.text, &self.article, pred)
    }
}

/// The gold files of a directory: its `*.json` files, sorted by name as
/// `score.py` sorts them.
///
/// # Errors
///
/// [`LoadError::Io`] when the directory cannot be listed,
/// [`LoadError::NoGoldFiles`] when it holds no `*.json` file.
pub fn gold_paths(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let io = |source| LoadError::Io {
        path: dir.into(),
        source,
    };
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.extension().is_some_and(|e| e == "json") && path.is_file() {
            paths.push(path);
        }
    }
    if paths.is_empty() {
        return Err(LoadError::NoGoldFiles { dir: dir.into() });
    }
    paths.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(paths)
}

/// Scores every gold file of `gold_dir` against what `predict` returns for
/// it: `Ok(None)` stands for a missing prediction.
///
/// # Errors
///
/// The first error of [`gold_paths`], [`GoldFile::load`] or `predict`.
pub fn score_dir_with<F>(gold_dir: &Path, mut predict: F) -> Result<Report, LoadError>
where
    F: FnMut(&GoldFile) -> Result<Option<Article>, LoadError>,
{
    let mut report = Report::default();
    for path in gold_paths(gold_dir)? {
        let gold = GoldFile::load(&path)?;
        let pred = predict(&gold)?;
        report.files.push(gold.score(pred.as_ref()));
    }
    Ok(report)
}

/// Scores an annotator: `annotate` gets each gold file and returns its
/// annotations, as [`crate::Annotations::to_document`] makes them.
///
/// # Errors
///
/// The first error reading the gold files.
pub fn score_dir<F>(gold_dir: &Path, mut annotate: F) -> Result<Report, LoadError>
where
    F: FnMut(&GoldFile) -> Document,
{
    score_dir_with(gold_dir, |gold| Ok(Some(Article::from(&annotate(gold)))))
}

/// Scores the prediction files of `pred_dir` (one `<name>.json` per gold
/// file) against `gold_dir`, exactly as `score.py GOLD_DIR PRED_DIR` does.
///
/// # Errors
///
/// The first error reading a gold or prediction file, or
/// [`LoadError::TextDiffers`] when a prediction carries a different `text`.
pub fn score_pred_dir(gold_dir: &Path, pred_dir: &Path) -> Result<Report, LoadError> {
    score_dir_with(gold_dir, |gold| {
        let path = pred_dir.join(gold.path().file_name().unwrap_or_default());
        if !path.exists() {
            return Ok(None);
        }
        let pred = read_article(&path)?;
        if pred.text.as_ref().is_some_and(|t| t != gold.text()) {
            return Err(LoadError::TextDiffers { path });
        }
        Ok(Some(pred))
    })
}
