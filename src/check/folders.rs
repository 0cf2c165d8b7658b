//! Which guide folders `check DIR` checks: `DIR` itself when it holds
//! guide.toml, or else each language folder under it (`DIR/en`,
//! `DIR/es`, …), English first because every translation is checked
//! against it.

use std::path::{Path, PathBuf};

use crate::content::model::Origin;
use crate::content::{Folder, GuideFiles};
use crate::message::shown;

/// The language every translation is checked against.
pub const SOURCE_CODE: &str = "en";

/// What a folder given to `check` holds.
pub enum Layout {
    /// One guide, checked alone.
    One(PathBuf),
    /// Language folders, each named by its code, English first.
    Languages(Vec<(String, PathBuf)>),
}

/// The guides under `dir`, or a sentence saying why there are none.
pub fn layout(dir: &Path) -> Result<Layout, String> {
    if dir.join("guide.toml").is_file() {
        return Ok(Layout::One(dir.to_path_buf()));
    }
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|entry| {
                    let path = entry.path();
                    let name = entry.file_name().to_str()?.to_string();
                    (!name.starts_with('.') && path.join("guide.toml").is_file())
                        .then_some((name, path))
                })
                .collect()
        })
        .unwrap_or_default();
    if found.is_empty() {
        // Says what is wrong: no folder, or no guide in it.
        return Err(match Folder::open(dir) {
            Err(message) => message,
            Ok(_) => format!(
                "`{}` has no language folder holding guide.toml. Point at the folder that holds guide.toml.",
                shown(dir)
            ),
        });
    }
    found.sort_by(|a, b| (a.0 != SOURCE_CODE, &a.0).cmp(&(b.0 != SOURCE_CODE, &b.0)));
    Ok(Layout::Languages(found))
}

/// Where the manifest says which language the guide is in, for messages
/// about the guide as a whole; its first line when that cannot be found.
pub fn language_line(files: &dyn GuideFiles) -> Origin {
    let line = files
        .read("guide.toml")
        .ok()
        .and_then(|text| {
            text.lines().position(|l| {
                l.strip_prefix("language")
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
        })
        .map_or(1, |at| at + 1);
    Origin {
        file: files.display_name("guide.toml"),
        line,
        column: 1,
    }
}
