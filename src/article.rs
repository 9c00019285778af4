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
    /// For each token, [`INSIDE`] when it lies inside a quote and [`MARK`]
    /// when it is the opening or closing mark of one, and how it lower-cases
    /// ([`LOWER`], [`ASCII`]): one byte per token.
    flags: Vec<u8>,
}

/// The token lies inside a quote (marks excluded).
const INSIDE: u8 = 1;
/// The token opens or closes a quote.
const MARK: u8 = 2;
/// The token is ASCII, at most 24 bytes, with no capital: it is its own
/// lower-case form for [`lexicon::lower`].
const LOWER: u8 = 4;
/// The token is ASCII and at most 24 bytes, with a capital.
const ASCII: u8 = 8;

impl<'t> Article<'t> {
    /// Segments `text`.
    pub fn new(text: &'t str) -> Article<'t> {
        let tokens = token::tokenize(text);
        let quotes = quote::find(text, &tokens);
        let sentences = sentence::split(text, &tokens, &quotes);
        let bytes = text.as_bytes();
        let mut flags: Vec<u8> = tokens
            .iter()
            .map(|t| {
                let w = &bytes[t.span.start..t.span.end];
                if w.len() > 24 {
                    return 0;
                }
                let (mut high, mut capital) = (0u8, false);
                for &b in w {
                    high |= b & 0x80;
                    capital |= b.is_ascii_uppercase();
                }
                match (high, capital) {
                    (0, false) => LOWER,
                    (0, true) => ASCII,
                    _ => 0,
                }
            })
            .collect();
        for q in &quotes {
            for slot in &mut flags[q.first..q.end] {
                *slot |= INSIDE;
            }
            flags[q.open] |= MARK;
            if let Some(c) = q.close {
                flags[c] |= MARK;
            }
        }
        Article {
            text,
            tokens,
            quotes,
            sentences,
            flags,
        }
    }

    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// The bytes of token `i`, if there is one.
    #[inline]
    fn bytes(&self, i: usize) -> Option<&'t [u8]> {
        let t = self.tokens.get(i)?;
        Some(&self.text.as_bytes()[t.span.start..t.span.end])
    }

    /// True when token `i` is `w`, ignoring ASCII case.
    // Inlined natively; in wasm, a call keeps the module small (the literal
    // lists of hundreds of call sites would be unrolled) at no cost in speed.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.bytes(i)
            .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
    }

    /// True when token `i` is any of `ws`, ignoring ASCII case.
    // Inlined natively only, as `is`.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.bytes(i)
            .is_some_and(|b| ws.iter().any(|w| b.eq_ignore_ascii_case(w.as_bytes())))
    }

    /// Applies `f` to the lower-cased token, or returns false for tokens that
    /// no list contains (as [`lexicon::lower`] does).
    #[inline]
    pub fn lower_is(&self, i: usize, f: impl Fn(&str) -> bool) -> bool {
        let Some(&flags) = self.flags.get(i) else {
            return false;
        };
        if flags & LOWER != 0 {
            f(self.word(i))
        } else if flags & ASCII != 0 {
            let mut buf = [0; 24];
            lexicon::lower(self.word(i), &mut buf).is_some_and(f)
        } else {
            false
        }
    }

    /// The lower-cased token exactly as [`lexicon::lower`] gives it for
    /// [`Article::word`], without looking at its letters again.
    #[inline]
    pub fn lowered<'b>(&'b self, i: usize, buf: &'b mut [u8; 24]) -> Option<&'b str> {
        let flags = self.flags[i];
        if flags & LOWER != 0 {
            Some(self.word(i))
        } else if flags & ASCII != 0 {
            lexicon::lower(self.word(i), buf)
        } else {
            None
        }
    }

    /// The lower-cased token (allocates; for lookups off the hot path).
    pub fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    /// Calls `f` with the lower-cased token, exactly as [`Article::lower`]
    /// gives it, without allocating for short ASCII words.
    pub fn with_lower<R>(&self, i: usize, f: impl FnOnce(&str) -> R) -> R {
        let flags = self.flags[i];
        if flags & LOWER != 0 {
            f(self.word(i))
        } else if flags & ASCII != 0 {
            let mut buf = [0; 24];
            match lexicon::lower(self.word(i), &mut buf) {
                Some(w) => f(w),
                None => f(&self.lower(i)),
            }
        } else {
            f(&self.lower(i))
        }
    }

    /// The quote token `i` lies inside, if any (marks excluded).
    pub fn quote_at(&self, i: usize) -> Option<&Quote> {
        if self.flags.get(i).map_or(true, |&f| f & INSIDE == 0) {
            return None;
        }
        // Quotes are in text order and do not overlap.
        let k = self
            .quotes
            .partition_point(|q| q.first <= i)
            .checked_sub(1)?;
        self.quotes.get(k).filter(|q| i < q.end)
    }

    /// True when token `i` lies inside a quote or is one of its marks.
    #[inline]
    pub fn in_quote(&self, i: usize) -> bool {
        self.flags[i] & (INSIDE | MARK) != 0
    }

    /// The quote whose opening mark is token `i`.
    pub fn quote_opened_at(&self, i: usize) -> Option<&Quote> {
        if self.flags.get(i).map_or(true, |&f| f & MARK == 0) {
            return None;
        }
        let k = self.quotes.partition_point(|q| q.open < i);
        self.quotes.get(k).filter(|q| q.open == i)
    }

    /// The quote whose closing mark is token `i`.
    pub fn quote_closed_at(&self, i: usize) -> Option<&Quote> {
        if self.flags.get(i).map_or(true, |&f| f & MARK == 0) {
            return None;
        }
        let k = self
            .quotes
            .partition_point(|q| q.close.is_some_and(|c| c < i) || q.close.is_none() && q.end <= i);
        self.quotes.get(k).filter(|q| q.close == Some(i))
    }

    /// The sentence of token `i`.
    ///
    /// # Panics
    ///
    /// Panics if `i` is not a token of the article.
    pub fn sentence_of(&self, i: usize) -> usize {
        assert!(i < self.tokens.len(), "token {i} out of range");
        // Sentences are in order and cover every token.
        self.sentences
            .partition_point(|s| s.tokens.end <= i)
            .min(self.sentences.len().saturating_sub(1))
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

    /// True for a word of two or more capitals ("WHO", "NATO"): a name, even
    /// when it is spelt like a function word.
    pub fn is_acronym(&self, i: usize) -> bool {
        let w = self.word(i);
        self.tokens[i].kind == Kind::Word
            && w.len() >= 2
            && w.bytes().all(|b| b.is_ascii_uppercase())
    }

    /// True for a dash used as a parenthesis.
    pub fn is_dash(&self, i: usize) -> bool {
        matches!(self.word(i), "—" | "–" | "―")
            || (self.word(i) == "-" && self.tokens[i].space_before)
    }
}
