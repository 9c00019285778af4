//! An article cut into tokens, quotes, sentences and paragraphs: what every
//! later stage reads.

use crate::hash::FxHashSet;
use crate::lexicon::{self, CueVerb, Lex};
use crate::model::CueCategory;
use crate::quote::{self, Quote};
use crate::sentence::{self, Sentence};
use crate::token::{self, Kind, Token};
use crate::vocab::{hash, FormId, Key, Vocab, MAX_FORM, SEED};
use std::borrow::Cow;

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
    /// For each token, [`INSIDE`] when it lies inside a quote, [`MARK`]
    /// when it is the opening or closing mark of one, [`LOWER`] when it is
    /// its own lower-cased form: one byte per token.
    flags: Vec<u8>,
    /// For each token with a lower-cased form (see [`Article::lowered`]), its
    /// number in `vocab`; [`NO_FORM`] for the others.
    ids: Vec<FormId>,
    /// The lower-cased forms of the tokens.
    vocab: Vocab,
    /// For each form, what the lexicon says of it: the lists that hold it,
    /// whether a cue can start with it, its counterclaim flags. The cue
    /// scan visits every word outside quotes, and nine in ten start none;
    /// the rules ask which verb a word is thousands of times.
    entries: Vec<lexicon::Entry>,
    /// The lexicon, which numbers the reporting verbs of the entries.
    lexicon: &'static lexicon::Table,
    /// For each form, whether a word token is written as it (see
    /// [`Article::words_in_lower_case`]).
    lower_forms: Vec<bool>,
    /// The word tokens without a form and without a capital at their start.
    lower_others: Vec<u32>,
}

/// The form number of tokens that no list can contain.
pub(crate) const NO_FORM: FormId = FormId::MAX;

/// The token lies inside a quote (marks excluded).
const INSIDE: u8 = 1;
/// The token opens or closes a quote.
const MARK: u8 = 2;
/// The token is written as its lower-cased form.
const LOWER: u8 = 4;

/// Every byte's high bit, eight bytes at a time.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The `n` bytes (1 to 8) of `text` at `at`, little-endian, zero-padded.
#[inline]
fn chunk(text: &[u8], at: usize, n: usize) -> u64 {
    debug_assert!((1..=8).contains(&n));
    match text.get(at..at + 8) {
        Some(b) => {
            let mut w = [0u8; 8];
            w.copy_from_slice(b);
            // One shift for every `n`, eight included: no branch.
            u64::from_le_bytes(w) & (u64::MAX >> (64 - 8 * n))
        }
        None => crate::hash::tail_word(&text[at..at + n]),
    }
}

/// A short token as written, with its form number and flags: an entry of
/// the cache [`Article::new`] keeps of recent tokens.
#[derive(Clone, Copy)]
struct Seen {
    /// Its bytes, as [`chunk`] reads them.
    bytes: u64,
    /// Its length; 0 for a free entry (no token is empty).
    len: u8,
    /// [`LOWER`] or nothing.
    flag: u8,
    id: FormId,
}

/// The cache holds at most `1 << SEEN_BITS` tokens (128 KB, which the
/// common words of a long text fill: at 64 KB, a megabyte of news took
/// 1.0 M more instructions, for words that pushed each other out), and no
/// more than a power of two above the article's number of tokens.
const SEEN_BITS: u32 = 13;

/// The key of the lower-cased form of the `len` bytes of `text` at `start`
/// (at most [`MAX_FORM`]), as [`crate::lexicon::lower`] folds them, and
/// whether they had a capital; `None` when they are not ASCII. Eight bytes
/// at a time (see [`fold_short`] for the shorter tokens).
#[inline]
fn fold(text: &[u8], start: usize, len: usize) -> Option<(Key, bool)> {
    let mut key = [0u64; 3];
    let (mut high, mut upper) = (0u64, 0u64);
    for (k, slot) in key.iter_mut().enumerate().take(len.div_ceil(8)) {
        let at = start + 8 * k;
        let n = (len - 8 * k).min(8);
        let w = chunk(text, at, n);
        high |= w & HIGH;
        let (lower, capitals) = fold_chunk(w);
        upper |= capitals;
        *slot = lower;
    }
    (high == 0).then_some((key, upper != 0))
}

/// [`fold`] for a token of at most eight bytes, given as [`chunk`] reads
/// them: the cache of `Article::new` has read them already, and most
/// tokens are that short. No call and no loop: in wasm, `fold` (out of
/// line) cost some eighty instructions a token.
#[inline]
fn fold_short(w: u64) -> Option<(Key, bool)> {
    let (lower, capitals) = fold_chunk(w);
    (w & HIGH == 0).then_some(([lower, 0, 0], capitals != 0))
}

/// Eight bytes (little-endian) with their ASCII capitals made small, and
/// the high bit of each byte that was a capital.
#[inline(always)]
fn fold_chunk(w: u64) -> (u64, u64) {
    // For ASCII bytes, adding 0x3f sets the high bit from 'A' up, adding
    // 0x25 from past 'Z'; no sum carries into the next byte.
    let capitals =
        (w.wrapping_add(0x3f3f_3f3f_3f3f_3f3f) ^ w.wrapping_add(0x2525_2525_2525_2525)) & HIGH;
    (w | capitals >> 2, capitals)
}

impl<'t> Article<'t> {
    /// Segments `text`.
    pub fn new(text: &'t str) -> Article<'t> {
        Article::with_lexicon(text, false)
    }

    /// Segments `text` and looks its words up in the lexicon, with the
    /// verbs only wide attributions read when `wide` (see
    /// [`crate::Annotator::wide_attributions`]).
    pub(crate) fn with_lexicon(text: &'t str, wide: bool) -> Article<'t> {
        // These live as long as the article: their room to grow is given
        // back (in place, no copy) for the later stages' memory.
        let mut tokens = token::tokenize(text);
        tokens.shrink_to_fit();
        let mut quotes = quote::find(text, &tokens);
        quotes.shrink_to_fit();
        let mut sentences = sentence::split(text, &tokens, &quotes);
        sentences.shrink_to_fit();
        let bytes = text.as_bytes();
        // A megabyte of news has one distinct form per fourteen tokens, and
        // longer texts fewer; a news article of a thousand tokens one per
        // two or three, and its table would double four times on the way.
        // The vocabulary grows when it needs to.
        let forms = (tokens.len() / 16).max(tokens.len().min(2048) / 2);
        let mut vocab = Vocab::with_capacity(forms.min(1 << 14));
        let mut flags = vec![0u8; tokens.len()];
        // Tokens of up to eight bytes, most of them, by their bytes as
        // written: a word seen lately skips folding and the table.
        let bits = tokens
            .len()
            .next_power_of_two()
            .trailing_zeros()
            .clamp(4, SEEN_BITS);
        // Free entries are all zeros (a free entry's number is never read:
        // its length matches no token), so that the cache is made as
        // zeroed memory rather than written entry by entry.
        let mut seen = vec![
            Seen {
                bytes: 0,
                len: 0,
                flag: 0,
                id: 0,
            };
            1 << bits
        ];
        // What `words_in_lower_case` answers, noted here, where each token's
        // form and flag are at hand, rather than in a pass of its own.
        let mut lower_forms: Vec<bool> = Vec::with_capacity(forms.min(1 << 14));
        let mut lower_others: Vec<u32> = Vec::new();
        // For each form, what the lexicon says of it: a news article's few
        // hundred forms are each asked of two or three lists, and most are
        // in none.
        let lexicon = lexicon::table(wide);
        let mut entries: Vec<lexicon::Entry> = Vec::with_capacity(forms.min(1 << 14));
        let ids: Vec<FormId> = tokens
            .iter()
            .zip(&mut flags)
            .enumerate()
            .map(|(k, (t, flag))| {
                let span = t.span();
                let len = span.len();
                let lower_word = t.kind == Kind::Word && !t.upper;
                if len > MAX_FORM {
                    if lower_word {
                        lower_others.push(k as u32);
                    }
                    return NO_FORM;
                }
                let slot = if len <= 8 {
                    let w = chunk(bytes, span.start, len);
                    let at = (w.wrapping_mul(SEED) >> (64 - bits)) as usize;
                    let e = seen[at];
                    if usize::from(e.len) == len && e.bytes == w {
                        *flag = e.flag;
                        if lower_word && e.flag & LOWER != 0 {
                            if let Some(seen) = lower_forms.get_mut(e.id as usize) {
                                *seen = true;
                            }
                        }
                        return e.id;
                    }
                    Some((at, w))
                } else {
                    None
                };
                let folded = match slot {
                    Some((_, w)) => fold_short(w),
                    None => fold(bytes, span.start, len),
                };
                let folded = folded.map(|k| (k, len)).or_else(|| {
                    // Rare: a word with a typographic apostrophe ("didn’t").
                    let mut buf = [0; MAX_FORM];
                    let n = lexicon::straight_apostrophes(&bytes[span.start..span.end], &mut buf)?;
                    Some((fold(&buf, 0, n)?, n))
                });
                let (id, lower) = match folded {
                    Some(((key, capital), n)) => {
                        let h = hash(&key, n);
                        let id = vocab.intern_hashed(&key, n, h);
                        // A new form is numbered one past the last: asked
                        // of the lexicon now, with its key and hash at hand,
                        // once for every list.
                        if id as usize == entries.len() {
                            let mut entry = lexicon.entry_of_hashed(&key, n, h);
                            // A rule adds "-ly" adverbs to the cue modifiers
                            // (forms are ASCII: the rule for "n’t" never
                            // applies). Asked of the key's last bytes first,
                            // as most forms end otherwise.
                            let byte = |k: usize| (key[k / 8] >> (8 * (k % 8))) as u8;
                            if n > 4 && byte(n - 1) == b'y' && byte(n - 2) == b'l' {
                                entry.lists |= lexicon::by_rule(vocab.form_unsealed(id));
                            }
                            entries.push(entry);
                        }
                        (id, if capital { 0 } else { LOWER })
                    }
                    None => (NO_FORM, 0),
                };
                *flag = lower;
                if id == NO_FORM {
                    if lower_word {
                        lower_others.push(k as u32);
                    }
                } else {
                    // A new form is numbered one past the last.
                    if id as usize == lower_forms.len() {
                        lower_forms.push(false);
                    }
                    if lower_word && lower != 0 {
                        if let Some(seen) = lower_forms.get_mut(id as usize) {
                            *seen = true;
                        }
                    }
                }
                if let Some((at, w)) = slot {
                    seen[at] = Seen {
                        bytes: w,
                        len: len as u8,
                        flag: lower,
                        id,
                    };
                }
                id
            })
            .collect();
        vocab.seal();
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
            ids,
            vocab,
            entries,
            lexicon,
            lower_forms,
            lower_others,
        }
    }

    /// Whether the article is read for wide attributions (see
    /// [`crate::Annotator::wide_attributions`]).
    pub(crate) fn wide(&self) -> bool {
        self.lexicon.wide
    }

    /// The text of token `i`.
    // Inlined natively; in wasm, a call, as `is`: the module is about 1 KB
    // smaller gzipped, and no slower in node.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// The bytes of token `i`, if there is one.
    #[inline]
    fn bytes(&self, i: usize) -> Option<&'t [u8]> {
        let t = self.tokens.get(i)?;
        Some(&self.text.as_bytes()[t.span().start..t.span().end])
    }

    /// True when token `i` is `w`, ignoring ASCII case.
    // Inlined natively; in wasm, a call keeps the module small (the literal
    // lists of hundreds of call sites would be unrolled) at no cost in speed.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn is(&self, i: usize, w: &str) -> bool {
        // The lengths first: most tokens asked about are turned away by
        // theirs, before their bytes are looked up.
        self.tokens.get(i).is_some_and(|t| {
            let span = t.span();
            span.len() == w.len()
                && self.text.as_bytes()[span.start..span.end].eq_ignore_ascii_case(w.as_bytes())
        })
    }

    /// True when token `i` is the punctuation mark `mark` (",", ")", ":"), as
    /// [`Article::is`] answers: words, most of the tokens the rules ask
    /// about, are turned away by their kind without a call (in wasm, `is`
    /// is one).
    #[inline]
    pub(crate) fn is_mark(&self, i: usize, mark: &str) -> bool {
        debug_assert!(mark.len() == 1 && mark.bytes().all(|b| b.is_ascii_punctuation()));
        // A one-byte mark has no case: its one byte compared here, with no
        // call (in wasm, the call to `is` cost three times the comparison).
        self.tokens.get(i).is_some_and(|t| {
            let span = t.span();
            t.kind == Kind::Punct
                && span.len() == 1
                && self.text.as_bytes()[span.start] == mark.as_bytes()[0]
        })
    }

    /// True when token `i` is the word `w` (ignoring ASCII case), as
    /// [`Article::is`] answers: tokens of another length, most of those
    /// asked about, are turned away without a call (in wasm, `is` is one).
    #[inline]
    pub(crate) fn is_word(&self, i: usize, w: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.span().len() == w.len())
            && self.is(i, w)
    }

    /// True when token `i` is any of `ws`, ignoring ASCII case.
    // Inline: the words' lengths, known where it is called, turn most
    // tokens away before the call that compares the text (out of line in
    // wasm, as `is`; in wasm, the call cost more than the comparisons).
    #[inline]
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| ws.iter().any(|w| w.len() == t.span().len()))
            && self.is_any_text(i, ws)
    }

    /// [`Article::is_any`] after its lengths.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn is_any_text(&self, i: usize, ws: &[&str]) -> bool {
        self.bytes(i)
            .is_some_and(|b| ws.iter().any(|w| b.eq_ignore_ascii_case(w.as_bytes())))
    }

    /// Applies `f` to the lower-cased token, or returns false for tokens that
    /// no list contains (as [`crate::lexicon::lower`] does).
    #[inline]
    pub fn lower_is(&self, i: usize, f: impl Fn(&str) -> bool) -> bool {
        self.lowered(i).is_some_and(f)
    }

    /// The lower-cased token exactly as [`crate::lexicon::lower`] gives it for
    /// [`Article::word`], without looking at its letters again.
    // Inlined natively; in wasm, a call: inlined in the rules' hundred
    // `lower_is` and the other callers, the module grew by 6 KB gzipped,
    // and it ran no faster in node.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn lowered(&self, i: usize) -> Option<&str> {
        match self.ids.get(i) {
            Some(&id) if id != NO_FORM => Some(self.vocab.form(id)),
            _ => None,
        }
    }

    /// True when the lower-cased token is in the lexicon list `lex`: what
    /// `lower_is(i, lexicon::is_…)` answers, asked once per distinct word.
    // Inlined natively; in wasm, a call, as `is`: at its hundreds of call
    // sites it was some 5 KB of the module gzipped.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn is_in(&self, i: usize, lex: Lex) -> bool {
        self.lists(i) & lex.bit() != 0
    }

    /// The lexicon lists (their [`Lex::bit`]s) that hold the lower-cased
    /// token; none for a token without a form. One look for a rule that
    /// asks several lists of the same word.
    #[inline]
    pub(crate) fn lists(&self, i: usize) -> u32 {
        match self.ids.get(i) {
            Some(&id) if id != NO_FORM => self.entries[id as usize].lists,
            _ => 0,
        }
    }

    /// True when token `i` is one of the words of the group `lex` (such as
    /// [`Lex::Medium`]): what `is_any` answers for the group's words, read
    /// from the form's bits.
    // Out of line in wasm, as `is`: inlined at every rule that asks, the
    // module grew by 3 KB gzipped.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn in_group(&self, i: usize, lex: Lex) -> bool {
        self.is_in(i, lex)
    }

    /// True when the lower-cased token is in the lexicon list `lex`, as
    /// `with_lower(i, |w| lex.holds(w))` answers: asked once per form, and
    /// of the lower-cased text for a token without one.
    pub(crate) fn lower_in(&self, i: usize, lex: Lex) -> bool {
        match self.form_id(i) {
            Some(id) => self.entries[id as usize].lists & lex.bit() != 0,
            None => lex.holds(&self.lower(i)),
        }
    }

    /// True when token `i` may start a cue: its lower-cased form is a
    /// [`Lex::CueWord`], "according" or "as". False for tokens without a form,
    /// which neither can be.
    #[inline]
    pub(crate) fn may_cue(&self, i: usize) -> bool {
        match self.ids.get(i) {
            Some(&id) if id != NO_FORM => self.entries[id as usize].cue != 0,
            _ => false,
        }
    }

    /// The reporting verb token `i` is a form of: what
    /// `lowered(i).and_then(lexicon::cue_verb)` answers, looked up once per
    /// form.
    // Inlined natively; in wasm, a call, as `is`: at its hundreds of call
    // sites it was some 5 KB of the module gzipped.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn cue_verb(&self, i: usize) -> Option<CueVerb> {
        match self.ids.get(i) {
            Some(&id) if id != NO_FORM => self.lexicon.verb(self.entries[id as usize].cue),
            _ => None,
        }
    }

    /// The category of the claim noun token `i` is: what
    /// `lowered(i).and_then(lexicon::claim_noun)` answers, looked up once
    /// per form.
    #[inline]
    pub(crate) fn claim_noun(&self, i: usize) -> Option<CueCategory> {
        match self.ids.get(i) {
            Some(&id) if id != NO_FORM => self.lexicon.claim_noun(self.entries[id as usize].cue),
            _ => None,
        }
    }

    /// True when token `i` is a word that may stand between a subject and
    /// its cue ("also", "repeatedly"), as written in lower case: a capital
    /// there makes "Kelly" or "Beverly" a name, whatever its ending.
    pub(crate) fn is_modifier(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.upper) && self.is_in(i, Lex::CueModifier)
    }

    /// The number of the lower-cased token among the article's distinct
    /// lower-cased forms, for tokens that have one (see [`Article::lowered`]).
    #[inline]
    pub(crate) fn form_id(&self, i: usize) -> Option<FormId> {
        self.ids.get(i).copied().filter(|&id| id != NO_FORM)
    }

    /// Form number `id` (see [`Article::form_id`]): what [`Article::lowered`]
    /// answers for a token of that form, for a caller that has the number.
    #[inline]
    pub(crate) fn form(&self, id: FormId) -> &str {
        self.vocab.form(id)
    }

    /// The form numbers of all tokens (`NO_FORM` for a token without one),
    /// for a scan that compares numbers only.
    pub(crate) fn form_ids(&self) -> &[FormId] {
        &self.ids
    }

    /// True when token `i` is written as its lower-cased form (see
    /// [`Article::lowered`]); the tests check the flag it reads.
    #[cfg(test)]
    pub(crate) fn is_lower_form(&self, i: usize) -> bool {
        self.flags[i] & LOWER != 0
    }

    /// The words written in lower case somewhere in the article (word
    /// tokens without a capital at their start): for each lower-cased form,
    /// whether a token is written as it ("iPhone" is not its form
    /// "iphone"), and the words with no form number by their text. Noted by
    /// [`Article::new`] as it numbers the forms.
    pub(crate) fn words_in_lower_case(&self) -> (&[bool], FxHashSet<&'t str>) {
        let others = self
            .lower_others
            .iter()
            .map(|&k| self.tokens[k as usize].text(self.text))
            .collect();
        (&self.lower_forms, others)
    }

    /// The number of a lower-cased form, if some token has it.
    pub(crate) fn form_of(&self, lower: &str) -> Option<FormId> {
        if !lower.is_ascii() {
            return None;
        }
        self.vocab.get(lower)
    }

    /// What the lexicon says of each form (see [`Article::form_id`]).
    pub(crate) fn form_entries(&self) -> &[lexicon::Entry] {
        &self.entries
    }

    /// How many distinct lower-cased forms the article has: every
    /// [`Article::form_id`] is below it.
    pub(crate) fn forms(&self) -> usize {
        self.vocab.len()
    }

    /// The lower-cased token (allocates; for lookups off the hot path).
    pub fn lower(&self, i: usize) -> String {
        lexicon::lowercase(self.word(i))
    }

    /// The lower-cased token: its form (see [`Article::lowered`]) where it
    /// has one, borrowed, else [`Article::lower`]. The two differ only in
    /// the typographic apostrophe a form makes straight.
    pub fn lower_cow(&self, i: usize) -> Cow<'_, str> {
        // The form read here, not through `lowered` (in wasm, a call of its
        // own): names are copied word by word into speakers this way.
        match self.form_id(i) {
            Some(id) => Cow::Borrowed(self.vocab.form(id)),
            None => Cow::Owned(self.lower(i)),
        }
    }

    /// Calls `f` with the lower-cased token as [`Article::lower_cow`] gives
    /// it, without allocating for short ASCII words; past the last token,
    /// with "" (rules look a token or two ahead of the one they are at).
    pub fn with_lower<R>(&self, i: usize, f: impl FnOnce(&str) -> R) -> R {
        match self.lowered(i) {
            Some(w) => f(w),
            None if i >= self.tokens.len() => f(""),
            None => f(&self.lower(i)),
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

    /// True when token `i` is the apostrophe of a plural possessive ("the
    /// Retailers' Association", "the players’ union"): a quote character
    /// straight after a word in "s" that opens or closes no quote.
    pub(crate) fn is_plural_apostrophe(&self, i: usize) -> bool {
        i > 0
            && self
                .tokens
                .get(i)
                .is_some_and(|t| t.kind == Kind::Quote && !t.space_before)
            && self.word(i - 1).ends_with(['s', 'S'])
            && self.flags[i] & MARK == 0
    }

    /// The quote whose opening mark is token `i`.
    pub fn quote_opened_at(&self, i: usize) -> Option<&Quote> {
        if self.flags.get(i).map_or(true, |&f| f & MARK == 0) {
            return None;
        }
        let k = self.quotes.partition_point(|q| q.open < i);
        self.quotes.get(k).filter(|q| q.open == i)
    }

    /// The quote that ends at token `p`, or right before a comma at `p`
    /// (`"…," said X` and `"…", said X`): the quote an attribution after
    /// `p` trails. `lo` is the first token that may be that comma.
    pub(crate) fn quote_before(&self, p: usize, lo: usize) -> Option<&Quote> {
        self.quote_closed_at(p).or_else(|| {
            (p > lo && self.is(p, ","))
                .then(|| self.quote_closed_at(p - 1))
                .flatten()
        })
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
        // A lone hyphen is punctuation too: words, most tokens asked
        // about, are turned away by their kind alone.
        let t = &self.tokens[i];
        t.kind == Kind::Punct
            && match self.word(i) {
                "," | ";" | "—" | "–" | "―" | "(" | ")" => true,
                "-" => t.space_before,
                _ => false,
            }
    }

    /// True for a word of two or more capitals ("WHO", "NATO"): a name, even
    /// when it is spelt like a function word.
    pub fn is_acronym(&self, i: usize) -> bool {
        // A capital first (`upper`), or it is not one: most words are
        // answered without their text.
        let t = &self.tokens[i];
        t.kind == Kind::Word && t.upper && {
            let w = self.word(i);
            w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
        }
    }

    /// True for a dash used as a parenthesis.
    pub fn is_dash(&self, i: usize) -> bool {
        // Dashes are punctuation: words are turned away by their kind.
        let t = &self.tokens[i];
        t.kind == Kind::Punct
            && match self.word(i) {
                "—" | "–" | "―" => true,
                "-" => t.space_before,
                _ => false,
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lower;

    #[test]
    fn tokens_lower_case_as_the_lexicon_folds_them() {
        // Every length up to past the longest form, capitals anywhere,
        // non-ASCII letters, symbols next to 'A' and 'Z', the text's end;
        // then words again, as the cache of recent tokens finds them.
        let text = "a Ab ABC said Said SAID @AZ[ `az{ Sørensen chairman-Elect \
                    ABCDEFGHIJKLMNOPQRSTUVWX ABCDEFGHIJKLMNOPQRSTUVWXY \
                    abcdefghIJKLMNOPqrstuvw Ω ωmega U.S. it's NATO's 1990s Z \
                    said Said SAID a Ab Ω ωmega Z He’s didn’t it’s Ø’s";
        let a = Article::new(text);
        for i in 0..a.tokens.len() {
            let mut buf = [0; 24];
            let word = a.word(i);
            assert_eq!(a.lowered(i), lower(word, &mut buf), "{word}");
            // Written as its form, but for a typographic apostrophe.
            let form = word.replace('’', "'");
            assert_eq!(a.is_lower_form(i), lower(word, &mut [0; 24]) == Some(&form));
            if let Some(w) = a.lowered(i) {
                assert_eq!(a.form_of(w), a.form_id(i));
            }
        }
        assert!(a.is_in(3, Lex::CueWord) && a.is_in(4, Lex::CueWord));
        let he = a.tokens.len() - 5;
        assert_eq!((a.word(he), a.lowered(he)), ("He’s", Some("he's")));
        assert_eq!(a.lowered(he + 1), Some("didn't"));
        assert!(!a.is_in(0, Lex::CueWord) && !a.is_in(999, Lex::CueWord));
    }

    #[test]
    fn rule_groups_hold_the_tokens_is_any_finds() {
        // Every group's words in three cases, with typographic apostrophes
        // and near misses around them.
        let groups = lexicon::RULE_GROUPS;
        let mut text = String::from("That’s thats ;: ,, — Ａ a’ ’a Inn ");
        for (words, _) in groups {
            for w in words {
                text += &format!(
                    "{w} {} {} {w}s x{w} ",
                    w.to_uppercase(),
                    w.replace('a', "A")
                );
            }
        }
        let a = Article::new(&text);
        for (words, lex) in groups {
            for i in 0..a.tokens.len() + 1 {
                let words: Vec<&str> = words.iter().collect();
                assert_eq!(a.in_group(i, lex), a.is_any(i, &words), "{lex:?} {i}");
            }
        }
    }

    #[test]
    fn claim_nouns_are_read_from_the_forms() {
        let mut text = String::from("said Claims x claimx");
        for (noun, _) in lexicon::CLAIM_NOUNS {
            text += &format!(" {noun} {}", noun.to_uppercase());
        }
        let a = Article::new(&text);
        for i in 0..a.tokens.len() + 1 {
            let lower = a.lowered(i);
            assert_eq!(a.claim_noun(i), lower.and_then(lexicon::claim_noun));
        }
    }

    #[test]
    fn forms_are_in_the_lists_of_their_words_and_rules() {
        let a = Article::new("Repeatedly family didn’t WEEKLY Monday Jan. Sept ly fly");
        for (i, lex, yes) in [
            (0, Lex::CueModifier, true),
            (0, Lex::OpensGap, true),
            (1, Lex::CueModifier, false),
            (2, Lex::FiniteAux, true),
            (2, Lex::NpBreaker, true),
            (3, Lex::CueModifier, false),
            (4, Lex::Weekday, true),
            (4, Lex::TimeWord, true),
            (5, Lex::Abbreviation, true),
            (7, Lex::Abbreviation, true),
            (8, Lex::CueModifier, false),
            (9, Lex::CueModifier, false),
        ] {
            assert_eq!(a.is_in(i, lex), yes, "{} {lex:?}", a.word(i));
            assert_eq!(a.lowered(i).is_some_and(|w| lex.holds(w)), yes);
        }
    }
}
