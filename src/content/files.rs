//! Where guide files come from: a folder on disk (with the safety checks a
//! kiosk needs) or the copy built into the program, one language at a
//! time. Which languages a guide holds is [`super::languages`]'s.

use std::path::{Component, Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::language::Language;

/// The largest guide file read; bigger is a mistake, not a guide.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The guide shipped inside the program, every language of it (one folder
/// each: `en/`, `es/`), so it opens from anywhere.
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/guide");

/// A set of guide files addressed by their path inside the guide folder.
/// `Sync`: chapters are read on several threads at once.
pub trait GuideFiles: Sync {
    /// Reads one file. The error is a plain sentence for the person
    /// editing the guide.
    fn read(&self, relative: &str) -> Result<String, String>;
    /// How to name a file in messages.
    fn display_name(&self, relative: &str) -> String {
        relative.to_string()
    }
    /// Whether a file the manifest does not name, but that a guide may
    /// have (its own `screen.ftl`), is there. The built-in guide's screen
    /// words are built into the program, so it says no.
    fn has(&self, _relative: &str) -> bool {
        false
    }
}

/// Guide files held in memory: for tests, benchmarks, fuzzing, and any
/// tool that makes a guide without writing it to disk.
#[derive(Debug, Clone, Default)]
pub struct InMemory(pub std::collections::HashMap<String, String>);

impl InMemory {
    /// The files written in a Markdown document as fenced blocks whose info
    /// line is `toml file=NAME`: how docs/guide-format.md carries its
    /// complete example, so the documented example is the tested one.
    pub fn from_markdown(markdown: &str) -> Self {
        let mut files = std::collections::HashMap::new();
        let mut current: Option<(String, String)> = None;
        for line in markdown.lines() {
            if let Some((name, text)) = &mut current {
                if line.starts_with("```") {
                    files.insert(std::mem::take(name), std::mem::take(text));
                    current = None;
                } else {
                    text.push_str(line);
                    text.push('\n');
                }
            } else if let Some(name) = line.strip_prefix("```toml file=") {
                current = Some((name.trim().to_string(), String::new()));
            }
        }
        Self(files)
    }
}

impl GuideFiles for InMemory {
    fn read(&self, relative: &str) -> Result<String, String> {
        check_relative(relative)?;
        self.0.get(relative).cloned().ok_or_else(|| {
            format!("The file `{relative}` does not exist. Check the name in guide.toml.")
        })
    }

    fn has(&self, relative: &str) -> bool {
        self.0.contains_key(relative)
    }
}

/// The built-in guide in one language: the files of `guide/<code>/` in
/// the source tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltIn(pub Language);

impl BuiltIn {
    /// The languages the built-in guide comes in, in [`Language::ALL`]'s
    /// order: those whose folder holds a manifest.
    pub fn languages() -> Vec<Language> {
        Language::ALL
            .into_iter()
            .filter(|l| {
                EMBEDDED
                    .get_file(format!("{}/guide.toml", l.code()))
                    .is_some()
            })
            .collect()
    }
}

impl GuideFiles for BuiltIn {
    fn read(&self, relative: &str) -> Result<String, String> {
        check_relative(relative)?;
        let file = EMBEDDED
            .get_file(Path::new(self.0.code()).join(relative))
            .ok_or_else(|| format!("The built-in guide has no file `{relative}`."))?;
        file.contents_utf8()
            .map(str::to_string)
            .ok_or_else(|| "The file is not UTF-8 text.".to_string())
    }
}

/// The built-in guide in English: the default language, and the one every
/// translation follows. The same files as `BuiltIn(Language::English)`.
pub struct Embedded;

impl GuideFiles for Embedded {
    fn read(&self, relative: &str) -> Result<String, String> {
        BuiltIn(Language::English).read(relative)
    }
}

/// A guide folder on disk, in one language.
pub struct Folder {
    root: PathBuf,
}

impl Folder {
    /// `path` may be the language folder (holding guide.toml) or the folder
    /// above it holding one folder per language: then the English one, or
    /// the first language there is.
    pub fn open(path: &Path) -> Result<Self, String> {
        if path.join("guide.toml").is_file() {
            return Ok(Self {
                root: path.to_path_buf(),
            });
        }
        match Self::languages_in(path).first() {
            Some(&language) => Self::open_language(path, language),
            None => Err(Self::no_guide(path)),
        }
    }

    /// The language folder `<path>/<code>` of a folder holding several.
    pub fn open_language(path: &Path, language: Language) -> Result<Self, String> {
        let root = path.join(language.code());
        if root.join("guide.toml").is_file() {
            Ok(Self { root })
        } else {
            Err(Self::no_guide(&root))
        }
    }

    /// The languages a folder holds as language folders (`en/guide.toml`,
    /// `es/guide.toml`), in [`Language::ALL`]'s order.
    pub fn languages_in(path: &Path) -> Vec<Language> {
        Language::ALL
            .into_iter()
            .filter(|l| path.join(l.code()).join("guide.toml").is_file())
            .collect()
    }

    fn no_guide(path: &Path) -> String {
        // The path came from a command line or a settings file: shown
        // with any escape codes as their codes, like guide text.
        let shown = super::problem::visible(&path.to_string_lossy());
        if !path.exists() {
            return format!("There is no folder `{shown}`. Check the path.");
        }
        format!(
            "`{shown}` has no guide.toml (nor a language folder such as en/guide.toml). Point at the folder that holds guide.toml."
        )
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

impl GuideFiles for Folder {
    fn read(&self, relative: &str) -> Result<String, String> {
        check_relative(relative)?;
        let file = open_inside(&self.root, relative)?;
        // Checked on the open file, not on its name, so nothing can be
        // swapped in between the check and the read.
        let meta = file
            .metadata()
            .map_err(|e| format!("`{relative}` cannot be read: {e}."))?;
        if !meta.is_file() {
            return Err(format!("`{relative}` is not a file."));
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(too_big(relative, meta.len()));
        }
        let mut bytes = Vec::new();
        // A file growing as it is read stops at the limit all the same.
        std::io::Read::read_to_end(
            &mut std::io::Read::take(file, MAX_FILE_BYTES + 1),
            &mut bytes,
        )
        .map_err(|e| format!("`{relative}` cannot be read: {e}."))?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(too_big(relative, bytes.len() as u64));
        }
        String::from_utf8(bytes).map_err(|e| {
            // Say where, as line and column like every other message.
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let text = String::from_utf8_lossy(good);
            let line = text.matches('\n').count() + 1;
            let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("`{relative}` is not UTF-8 text (a bad byte at line {line}, column {column}). Save it as UTF-8.")
        })
    }

    fn display_name(&self, relative: &str) -> String {
        self.root.join(relative).display().to_string()
    }

    /// Anything by that name, a link included: reading it then says what
    /// is wrong with it.
    fn has(&self, relative: &str) -> bool {
        check_relative(relative).is_ok() && self.root.join(relative).symlink_metadata().is_ok()
    }
}

fn too_big(relative: &str, bytes: u64) -> String {
    format!(
        "`{relative}` is {bytes} bytes; a guide file may be at most {MAX_FILE_BYTES} bytes (1 MiB). Split it into smaller chapters."
    )
}

/// Opens `relative` below `root` one step at a time, never following a
/// symbolic link (`O_NOFOLLOW` at every step): a link could point
/// anywhere on the machine, and one swapped in for a chapter between a
/// check and the read would otherwise be followed.
fn open_inside(root: &Path, relative: &str) -> Result<std::fs::File, String> {
    let missing = || format!("The file `{relative}` does not exist. Check the name in guide.toml.");
    let link = || {
        format!(
            "`{relative}` is a symbolic link. Copy the real file into the guide folder instead."
        )
    };
    let parts: Vec<&std::ffi::OsStr> = Path::new(relative)
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part),
            _ => None,
        })
        .collect();
    let Some((name, dirs)) = parts.split_last() else {
        return Err(missing());
    };
    let mut dir = std::fs::File::open(root).map_err(|_| missing())?;
    let mut at = root.to_path_buf();
    let mut step = |dir: &std::fs::File, part: &std::ffi::OsStr, flags: i32| {
        at.push(part);
        use std::os::fd::{AsRawFd, FromRawFd};
        use std::os::unix::ffi::OsStrExt;
        let c_name = std::ffi::CString::new(part.as_bytes()).map_err(|_| missing())?;
        // SAFETY: a valid directory descriptor and a NUL-terminated name;
        // the descriptor returned is owned by the File made from it.
        let fd = unsafe {
            libc::openat(
                dir.as_raw_fd(),
                c_name.as_ptr(),
                flags | libc::O_NOFOLLOW | libc::O_CLOEXEC,
            )
        };
        if fd < 0 {
            let error = std::io::Error::last_os_error();
            return Err(match error.raw_os_error() {
                Some(libc::ELOOP) => link(),
                // A folder on the way that is a link (only to word the
                // message: nothing is opened through it).
                Some(libc::ENOTDIR)
                    if std::fs::symlink_metadata(&at).is_ok_and(|m| m.is_symlink()) =>
                {
                    link()
                }
                Some(libc::ENOTDIR) => {
                    format!("`{relative}` cannot be read: a part of its path is not a folder.")
                }
                Some(libc::ENOENT) => missing(),
                _ => format!("`{relative}` cannot be read: {error}."),
            });
        }
        // SAFETY: `fd` was just opened and is owned by nobody else.
        Ok(unsafe { std::fs::File::from_raw_fd(fd) })
    };
    for part in dirs {
        dir = step(&dir, part, libc::O_RDONLY | libc::O_DIRECTORY)?;
    }
    // Non-blocking, so a pipe put in a chapter's place cannot hang the
    // open; the file's type is checked once it is open.
    step(&dir, name, libc::O_RDONLY | libc::O_NONBLOCK)
}

/// Chapter paths must stay inside the guide folder.
fn check_relative(relative: &str) -> Result<(), String> {
    let path = Path::new(relative);
    if relative.is_empty() {
        return Err("The file name is empty.".into());
    }
    if path.is_absolute() || relative.starts_with('/') || relative.starts_with('\\') {
        return Err(format!(
            "`{relative}` is an absolute path. Give a path inside the guide folder, like \"chapter.toml\"."
        ));
    }
    if path
        .components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
        || relative.contains("..")
    {
        return Err(format!(
            "`{relative}` points outside the guide folder. Keep every guide file inside it."
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_outside_the_folder_are_refused() {
        for bad in ["../x.toml", "/etc/passwd", "a/../../b.toml", ""] {
            assert!(check_relative(bad).is_err(), "{bad}");
        }
        assert!(check_relative("chapter.toml").is_ok());
        assert!(check_relative("sub/chapter.toml").is_ok());
    }

    #[test]
    fn markdown_blocks_become_files() {
        let doc = "Intro\n```toml file=a.toml\nx = 1\n```\n```toml\nnot = 'a file'\n```\n```toml file=b.toml\n```\n";
        let files = InMemory::from_markdown(doc);
        assert_eq!(files.read("a.toml").as_deref(), Ok("x = 1\n"));
        assert_eq!(files.read("b.toml").as_deref(), Ok(""));
        assert_eq!(files.0.len(), 2);
        assert!(files.read("../a.toml").is_err());
    }

    #[test]
    fn the_embedded_guide_has_its_manifest() {
        assert!(Embedded.read("guide.toml").is_ok());
        assert!(Embedded.read("../Cargo.toml").is_err());
        // Each language reads from its own folder, and never the folder
        // above it.
        assert_eq!(
            BuiltIn(Language::English).read("guide.toml"),
            Embedded.read("guide.toml")
        );
        assert!(BuiltIn(Language::English).read("../en/guide.toml").is_err());
        assert!(BuiltIn::languages().contains(&Language::English));
        for language in BuiltIn::languages() {
            assert!(BuiltIn(language).read("guide.toml").is_ok(), "{language:?}");
        }
    }
}
