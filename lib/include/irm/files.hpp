// Reading inputs and writing outputs safely.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace irm::files {

/// Largest input file read, so that a stray huge file cannot exhaust memory.
constexpr std::size_t max_input_bytes = 64u * 1024u * 1024u;

/// The bytes of a file, or why it could not be read.
struct Contents {
    std::optional<std::string> bytes;
    std::string error;  ///< e.g. "No such file or directory", when bytes is empty
};

/// Reads a whole file (at most max_input_bytes).
Contents read(const std::string& path);

/// Writes a file whole or not at all: a temporary file beside it, then a rename.
/// Returns an error message, or nothing on success.
std::optional<std::string> write_atomically(const std::string& path, const std::string& bytes);

/// The files under a directory whose names end with one of `extensions`,
/// recursively, sorted by path; symbolic links to directories are not followed.
std::vector<std::string> find(const std::string& directory, const std::vector<std::string>& extensions);

/// Files directly in a directory (not recursive) with one of `extensions`, sorted.
std::vector<std::string> list(const std::string& directory, const std::vector<std::string>& extensions);

}  // namespace irm::files
