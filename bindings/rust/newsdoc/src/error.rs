use crate::sys;
use std::ffi::{c_int, CStr};
use std::fmt;

/// The kind of failure: libnewsdoc's status codes (`NEWSDOC_E*`), whose
/// numbers are part of its ABI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `NEWSDOC_ERROR`: a generic failure; the message says more.
    Generic,
    /// `NEWSDOC_EINVAL`: a bad argument.
    InvalidArgument,
    /// `NEWSDOC_ENOMEM`: an allocation failed.
    NoMemory,
    /// `NEWSDOC_ENOTFOUND`: no such parser, format, field or item.
    NotFound,
    /// `NEWSDOC_EPARSE`: the input could not be read as what it claims to be.
    Parse,
    /// `NEWSDOC_EIO`: a file could not be read.
    Io,
    /// `NEWSDOC_EPLUGIN`: a plugin failed to load or misbehaved.
    Plugin,
    /// `NEWSDOC_ELIMIT`: the input exceeded a configured limit.
    Limit,
    /// `NEWSDOC_EVERSION`: unknown options or struct version.
    Version,
    /// `NEWSDOC_EEMPTY`: the input is empty or has no content.
    Empty,
    /// A status this version of the binding does not know.
    Other(i32),
}

impl ErrorCode {
    /// The code for a `newsdoc_status` value (`Other` for unknown ones,
    /// including 0).
    pub fn from_raw(status: i32) -> ErrorCode {
        match status {
            sys::NEWSDOC_ERROR => ErrorCode::Generic,
            sys::NEWSDOC_EINVAL => ErrorCode::InvalidArgument,
            sys::NEWSDOC_ENOMEM => ErrorCode::NoMemory,
            sys::NEWSDOC_ENOTFOUND => ErrorCode::NotFound,
            sys::NEWSDOC_EPARSE => ErrorCode::Parse,
            sys::NEWSDOC_EIO => ErrorCode::Io,
            sys::NEWSDOC_EPLUGIN => ErrorCode::Plugin,
            sys::NEWSDOC_ELIMIT => ErrorCode::Limit,
            sys::NEWSDOC_EVERSION => ErrorCode::Version,
            sys::NEWSDOC_EEMPTY => ErrorCode::Empty,
            other => ErrorCode::Other(other),
        }
    }

    /// The `newsdoc_status` value.
    pub fn raw(self) -> i32 {
        match self {
            ErrorCode::Generic => sys::NEWSDOC_ERROR,
            ErrorCode::InvalidArgument => sys::NEWSDOC_EINVAL,
            ErrorCode::NoMemory => sys::NEWSDOC_ENOMEM,
            ErrorCode::NotFound => sys::NEWSDOC_ENOTFOUND,
            ErrorCode::Parse => sys::NEWSDOC_EPARSE,
            ErrorCode::Io => sys::NEWSDOC_EIO,
            ErrorCode::Plugin => sys::NEWSDOC_EPLUGIN,
            ErrorCode::Limit => sys::NEWSDOC_ELIMIT,
            ErrorCode::Version => sys::NEWSDOC_EVERSION,
            ErrorCode::Empty => sys::NEWSDOC_EEMPTY,
            ErrorCode::Other(n) => n,
        }
    }

    /// The library's short description of the code ("invalid argument").
    pub fn description(self) -> &'static str {
        // SAFETY: newsdoc_status_string returns a constant string (or NULL).
        unsafe { crate::static_str(sys::newsdoc_status_string(self.raw())) }.unwrap_or("unknown status")
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.description())
    }
}

/// A libnewsdoc failure: the status code and the library's message, which
/// says what was wrong with which input. The message is copied from the
/// thread-local `newsdoc_error_last()` right after the failing call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    code: ErrorCode,
    message: String,
}

impl Error {
    /// An error with the given code and message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Error {
        Error {
            code,
            message: message.into(),
        }
    }

    /// The error of a call that just returned `status` (non-zero) on this
    /// thread. Must be called before any other libnewsdoc call on the thread.
    pub(crate) fn from_last(status: c_int) -> Error {
        // SAFETY: newsdoc_error_last never returns NULL and its message is
        // valid until the next libnewsdoc call on this thread; we copy it now.
        let message = unsafe {
            let last = &*sys::newsdoc_error_last();
            if last.message.is_null() {
                String::new()
            } else {
                CStr::from_ptr(last.message).to_string_lossy().into_owned()
            }
        };
        let code = ErrorCode::from_raw(status);
        let message = if message.is_empty() || message == "no error" {
            code.description().to_string()
        } else {
            message
        };
        Error { code, message }
    }

    /// The status code.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The library's message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// `Result<T, newsdoc::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Turns a status into a Result, taking the thread's error message on failure.
pub(crate) fn check(status: c_int) -> Result<()> {
    if status == 0 {
        Ok(())
    } else {
        Err(Error::from_last(status))
    }
}
