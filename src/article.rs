//! An article cut into tokens, quotes, sentences and paragraphs: what every
//! later stage reads.

use crate::lexicon;
use crate::quote::{self, Quote};
use crate::sentence::{self, Sentence};
use crate::token::{self, Kind, Token};

/// The segmented article.
#[derive(Debug)]
pub struct Article<'t> {
    /// The text as given.
    pub text: &'t str,
    /// Its tokens.
    pub tokens: Vec<Token>,
    /// Its top-level quotes, in order.
    pub quotes: Vec<Quote>,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
    /// For each token, 1 + the index of the quote it lies inside, or 0.
    quote_of: Vec<u32>,
    /// For each token, the index of its sentence.
    sentence_of: Vec<u32>,
}

impl<'t> Article<'t> {
    /// Segments `text`.
    pub fn new(text: &'t str) -> Article<'t> {
        let tokens = token::tokenize(text);
        let quotes = quote::find(text, &tokens);
        let sentences = sentence::split(text, &tokens, &quotes);
        let mut quote_of = vec![0u32; tokens.len()];
        for (k, q) in quotes.iter().enumerate() {
            for slot in &mut quote_of[q.first..q.end] {
                *slot = k as u32 + 1;
            }
        }
        let mut sentence_of = vec![0u32; tokens.len()];
        for (k, s) in sentences.iter().enumerate() {
            for slot in &mut sentence_of[s.tokens.clone()] {
                *slot = k as u32;
            }
        }
        Article {
            text,
            tokens,
            quotes,
            sentences,
            quote_of,
            sentence_of,
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// True when token `i` is `w`, ignoring ASCII case.
    pub fn is(&self, i: usize, w: &str) -> bool {
        i < self.tokens.len() && self.word(i).eq_ignore_ascii_case(w)
    }

    /// True when token `i` is any of `ws`, ignoring ASCII case.
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(i, w))
    }

    /// Applies `f` to the lower-cased token, or returns false for tokens that
    /// no list contains.
    pub fn lower_is(&self, i: usize, f: impl Fn(&str) -> bool) -> bool {
        let mut buf = [0; 24];
        i < self.tokens.len() && lexicon::lower(self.word(i), &mut buf).is_some_and(f)
    }

    /// The lower-cased token (allocates; for lookups off the hot path).
    pub fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    /// Calls `f` with the lower-cased token, exactly as [`Article::lower`]
    /// gives it, without allocating for short ASCII words.
    pub fn with_lower<R>(&self, i: usize, f: impl FnOnce(&str) -> R) -> R {
        let mut buf = [0; 24];
        match lexicon::lower(self.word(i), &mut buf) {
            Some(w) => f(w),
            None => f(&self.lower(i)),
        }
    }

    /// The quote token `i` lies inside, if any (marks excluded).
    pub fn quote_at(&self, i: usize) -> Option<&Quote> {
        match self.quote_of.get(i) {
            Some(&k) if k > 0 => Some(&self.quotes[k as usize - 1]),
            _ => None,
        }
    }

    /// True when token `i` lies inside a quote or is one of its marks.
    pub fn in_quote(&self, i: usize) -> bool {
        self.quote_at(i).is_some() || self.quotes_marks(i)
    }

    fn quotes_marks(&self, i: usize) -> bool {
        self.tokens[i].kind == Kind::Quote && self.quote_opened_at(i).is_some()
            || self.quote_closed_at(i).is_some()
    }

    /// The quote whose opening mark is token `i`.
    pub fn quote_opened_at(&self, i: usize) -> Option<&Quote> {
        let k = self.quotes.partition_point(|q| q.open < i);
        self.quotes.get(k).filter(|q| q.open == i)
    }

    /// The quote whose closing mark is token `i`.
    pub fn quote_closed_at(&self, i: usize) -> Option<&Quote> {
        let k = self
            .quotes
            .partition_point(|q| q.close.is_some_and(|c| c < i) || q.close.is_none() && q.end <= i);
        self.quotes.get(k).filter(|q| q.close == Some(i))
    }

    /// The sentence of token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentence_of[i] as usize
    }

    /// True for punctuation tokens (not quote marks).
    pub fn is_punct(&self, i: usize) -> bool {
        self.tokens[i].kind == Kind::Punct
    }

    /// True for a comma, semicolon or dash that separates phrases.
    pub fn is_separator(&self, i: usize) -> bool {
        self.tokens[i].kind == Kind::Punct
            && matches!(self.word(i), "," | ";" | "—" | "–" | "―" | "(" | ")")
            || (self.word(i) == "-" && self.tokens[i].space_before)
    }

    /// True for a dash used as a parenthesis.
    pub fn is_dash(&self, i: usize) -> bool {
        matches!(self.word(i), "—" | "–" | "―")
            || (self.word(i) == "-" && self.tokens[i].space_before)
    }
}
