//! What is read from a document by index: tags, authors, blocks, rows,
//! quotes, related items and images, and the iterator over them.

use crate::{opt_str, str_or_empty, str_with_len, sys};
use std::fmt;
use std::marker::PhantomData;
use std::ptr::NonNull;

use crate::document::Document;
use crate::kinds::{AuthorKind, BlockKind};
// ---------------------------------------------------------------- iteration

/// Something read from a document by index.
pub trait DocumentItem<'a>: Sized {
    #[doc(hidden)]
    fn at(doc: &'a Document, i: usize) -> Option<Self>;
}

/// An iterator over the tags, authors, blocks, quotes, related items or
/// images of a document.
pub struct Iter<'a, T> {
    doc: &'a Document,
    front: usize,
    back: usize,
    _item: PhantomData<T>,
}

impl<'a, T> Iter<'a, T> {
    pub(crate) fn new(doc: &'a Document, count: usize) -> Self {
        Iter {
            doc,
            front: 0,
            back: count,
            _item: PhantomData,
        }
    }
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter {
            doc: self.doc,
            front: self.front,
            back: self.back,
            _item: PhantomData,
        }
    }
}

impl<'a, T: DocumentItem<'a>> Iterator for Iter<'a, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.front >= self.back {
            return None;
        }
        let i = self.front;
        self.front += 1;
        let item = T::at(self.doc, i);
        if item.is_none() {
            // Only if the library broke its contract; stay fused.
            self.front = self.back;
        }
        item
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
    fn nth(&mut self, n: usize) -> Option<T> {
        self.front = self.front.saturating_add(n).min(self.back);
        self.next()
    }
}

impl<'a, T: DocumentItem<'a>> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<T> {
        if self.front >= self.back {
            return None;
        }
        self.back -= 1;
        let item = T::at(self.doc, self.back);
        if item.is_none() {
            self.back = self.front;
        }
        item
    }
}

// The library returns a non-NULL item for every index below the count.
impl<'a, T: DocumentItem<'a>> ExactSizeIterator for Iter<'a, T> {}
impl<'a, T: DocumentItem<'a>> std::iter::FusedIterator for Iter<'a, T> {}

impl<'a> DocumentItem<'a> for &'a str {
    fn at(doc: &'a Document, i: usize) -> Option<Self> {
        // SAFETY: borrowed from the document.
        unsafe { opt_str(sys::newsdoc_document_tag_at(doc.as_ptr(), i)) }
    }
}

macro_rules! doc_item {
    ($(#[$m:meta])* $name:ident, $raw:ident, $at:ident) => {
        $(#[$m])*
        #[derive(Clone, Copy)]
        pub struct $name<'a> {
            raw: NonNull<sys::$raw>,
            index: usize,
            _doc: PhantomData<&'a Document>,
        }

        impl<'a> DocumentItem<'a> for $name<'a> {
            fn at(doc: &'a Document, i: usize) -> Option<Self> {
                // SAFETY: valid handle; NULL when out of range.
                let raw = unsafe { sys::$at(doc.as_ptr(), i) };
                NonNull::new(raw as *mut sys::$raw).map(|raw| $name { raw, index: i, _doc: PhantomData })
            }
        }

        impl<'a> $name<'a> {
            /// The position in the document's list.
            pub fn index(&self) -> usize {
                self.index
            }
            /// The C handle, borrowed from the document.
            pub fn as_ptr(&self) -> *const sys::$raw {
                self.raw.as_ptr()
            }
        }
    };
}

/// Getters of an item's optional strings (`None` for NULL), for the
/// document items here and the registry's info items.
macro_rules! item_strings {
    ($name:ident { $($(#[$m:meta])* $getter:ident => $f:ident;)* }) => {
        impl<'a> $name<'a> {$(
            $(#[$m])*
            pub fn $getter(&self) -> Option<&'a str> {
                // SAFETY: the item and its strings live as long as its
                // document or registry ('a).
                unsafe { $crate::opt_str($crate::sys::$f(self.as_ptr())) }
            }
        )*}
    };
}
pub(crate) use item_strings;

doc_item!(
    /// An author: name, role ("Interim Executive Director"), affiliation
    /// ("Human Rights Watch"), URL.
    Author, newsdoc_author, newsdoc_document_author_at
);
doc_item!(
    /// A body block: paragraph, heading, list, blockquote, preformatted,
    /// table or figure.
    Block, newsdoc_block, newsdoc_document_block_at
);
doc_item!(
    /// A direct quote: the words, the speaker as written, the cue and where
    /// it sits in the body.
    Quote, newsdoc_quote, newsdoc_document_quote_at
);
doc_item!(
    /// An item of the related-articles box.
    Related, newsdoc_related, newsdoc_document_related_at
);
doc_item!(
    /// An image of the article.
    Image, newsdoc_image, newsdoc_document_image_at
);

impl<'a> Author<'a> {
    /// The author's name: a person's, or an organisation's (see [`kind`](Self::kind)).
    pub fn name(&self) -> &'a str {
        // SAFETY: as item_strings.
        unsafe { str_or_empty(sys::newsdoc_author_name(self.as_ptr())) }
    }
    /// A person, or an organisation credited as the author (since 1.2).
    pub fn kind(&self) -> AuthorKind {
        // SAFETY: valid item.
        AuthorKind::from_raw(unsafe { sys::newsdoc_author_kind(self.as_ptr()) })
    }
}
item_strings!(Author {
    /// Job title as written ("Interim Executive Director").
    role => newsdoc_author_role;
    /// The organisation ("Human Rights Watch").
    affiliation => newsdoc_author_affiliation;
    /// The author's page.
    url => newsdoc_author_url;
});

impl<'a> Block<'a> {
    /// The block's type.
    pub fn kind(&self) -> BlockKind {
        // SAFETY: valid item.
        BlockKind::from_raw(unsafe { sys::newsdoc_block_type(self.as_ptr()) })
    }
    /// The text: a paragraph's text, a list's items one per line, a table's
    /// rows one per line (cells separated by a tab), a figure's caption.
    pub fn text(&self) -> &'a str {
        // SAFETY: text is valid for text_len bytes while the document lives.
        unsafe {
            str_with_len(
                sys::newsdoc_block_text(self.as_ptr()),
                sys::newsdoc_block_text_len(self.as_ptr()),
            )
        }
    }
    /// A heading's level (1..=6); `None` for other blocks.
    pub fn level(&self) -> Option<u8> {
        // SAFETY: valid item.
        let level = unsafe { sys::newsdoc_block_level(self.as_ptr()) };
        u8::try_from(level).ok().filter(|l| *l > 0)
    }
    /// Whether a list is numbered.
    pub fn ordered(&self) -> bool {
        // SAFETY: valid item.
        unsafe { sys::newsdoc_block_ordered(self.as_ptr()) != 0 }
    }
    /// A list's items (empty for other blocks).
    pub fn items(&self) -> impl ExactSizeIterator<Item = &'a str> + DoubleEndedIterator + Clone + 'a {
        let p = self.raw;
        // SAFETY: valid item; strings live as long as the document.
        let n = unsafe { sys::newsdoc_block_item_count(p.as_ptr()) };
        (0..n).map(move |i| unsafe { str_or_empty(sys::newsdoc_block_item_at(p.as_ptr(), i)) })
    }
    /// A table's rows (empty for other blocks).
    pub fn rows(&self) -> impl ExactSizeIterator<Item = Row<'a>> + DoubleEndedIterator + Clone + 'a {
        let block = *self;
        // SAFETY: valid item.
        let n = unsafe { sys::newsdoc_block_row_count(self.as_ptr()) };
        (0..n).map(move |row| Row { block, row })
    }
}
item_strings!(Block {
    /// A figure's image URL.
    image_url => newsdoc_block_image_url;
    /// A figure's alternative text.
    image_alt => newsdoc_block_image_alt;
    /// A figure's caption.
    caption => newsdoc_block_caption;
    /// A figure's credit.
    credit => newsdoc_block_credit;
});

/// A row of a table block.
#[derive(Clone, Copy)]
pub struct Row<'a> {
    block: Block<'a>,
    row: usize,
}

impl<'a> Row<'a> {
    /// The row's position in the table.
    pub fn index(&self) -> usize {
        self.row
    }
    /// The row's cells.
    pub fn cells(&self) -> impl ExactSizeIterator<Item = &'a str> + DoubleEndedIterator + Clone + 'a {
        let (p, row) = (self.block.raw, self.row);
        // SAFETY: valid item and row; strings live as long as the document.
        let n = unsafe { sys::newsdoc_block_cell_count(p.as_ptr(), row) };
        (0..n).map(move |col| unsafe { str_or_empty(sys::newsdoc_block_cell_at(p.as_ptr(), row, col)) })
    }
}

impl fmt::Debug for Row<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.cells()).finish()
    }
}

fn offset(v: std::ffi::c_long) -> Option<usize> {
    usize::try_from(v).ok()
}

impl<'a> Quote<'a> {
    /// The quoted words, without the quotation marks.
    pub fn text(&self) -> &'a str {
        // SAFETY: as item_strings.
        unsafe { str_or_empty(sys::newsdoc_quote_text(self.as_ptr())) }
    }
    /// Index of the body block the quote starts in.
    pub fn block(&self) -> Option<usize> {
        // SAFETY: valid item.
        offset(unsafe { sys::newsdoc_quote_block(self.as_ptr()) })
    }
    /// Start of the quoted text in that block's text, in Unicode code points.
    pub fn start(&self) -> Option<usize> {
        // SAFETY: valid item.
        offset(unsafe { sys::newsdoc_quote_start(self.as_ptr()) })
    }
    /// End (exclusive) of the quoted text, in Unicode code points.
    pub fn end(&self) -> Option<usize> {
        // SAFETY: valid item.
        offset(unsafe { sys::newsdoc_quote_end(self.as_ptr()) })
    }
}
item_strings!(Quote {
    /// The speaker as written ("Ji Seong-ho", "the representative").
    speaker => newsdoc_quote_speaker;
    /// The full name the speaker mention refers to, when the article gives it.
    speaker_resolved => newsdoc_quote_speaker_resolved;
    /// The cue as written ("said", "stated", ":").
    cue => newsdoc_quote_cue;
});

item_strings!(Related {
    /// The item's headline.
    title => newsdoc_related_title;
    /// Its address.
    url => newsdoc_related_url;
    /// Its author.
    author => newsdoc_related_author;
    /// Its summary.
    summary => newsdoc_related_summary;
    /// Its image URL.
    image => newsdoc_related_image;
});

impl<'a> Image<'a> {
    /// The image's address.
    pub fn url(&self) -> &'a str {
        // SAFETY: as item_strings.
        unsafe { str_or_empty(sys::newsdoc_image_url(self.as_ptr())) }
    }
    /// Whether it is the article's lead image.
    pub fn is_lead(&self) -> bool {
        // SAFETY: valid item.
        unsafe { sys::newsdoc_image_is_lead(self.as_ptr()) != 0 }
    }
}
item_strings!(Image {
    /// Alternative text.
    alt => newsdoc_image_alt;
    /// Caption.
    caption => newsdoc_image_caption;
    /// Credit.
    credit => newsdoc_image_credit;
});

macro_rules! debug_item {
    ($name:ident { $($f:ident),* }) => {
        impl fmt::Debug for $name<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name))$(.field(stringify!($f), &self.$f()))*.finish()
            }
        }
    };
}
debug_item!(Author {
    name,
    role,
    affiliation,
    url,
    kind
});
debug_item!(Block { kind, text, level });
debug_item!(Quote {
    text,
    speaker,
    speaker_resolved,
    cue,
    block,
    start,
    end
});
debug_item!(Related {
    title,
    url,
    author,
    summary,
    image
});
debug_item!(Image {
    url,
    alt,
    caption,
    credit,
    is_lead
});
