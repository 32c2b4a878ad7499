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

/// An output written by a library that insists on a file name (libxlsxwriter):
/// it writes to a temporary file beside the target, and `commit` renames it
/// into place; without a commit the temporary file is removed.
class TemporaryOutput {
public:
    explicit TemporaryOutput(std::string target);
    ~TemporaryOutput();
    TemporaryOutput(const TemporaryOutput&) = delete;
    TemporaryOutput& operator=(const TemporaryOutput&) = delete;

    /// Where to write meanwhile.
    const std::string& path() const { return temporary_; }
    /// Moves the finished file into place; an error message on failure.
    std::optional<std::string> commit();

private:
    std::string target_, temporary_;
    bool committed_ = false;
};

/// Whether two paths name the same existing file (to refuse overwriting an input).
bool same_file(const std::string& a, const std::string& b);

/// The files under a directory whose names end with one of `extensions`,
/// recursively, sorted by path; symbolic links to directories are not followed.
std::vector<std::string> find(const std::string& directory, const std::vector<std::string>& extensions);

/// Files directly in a directory (not recursive) with one of `extensions`, sorted.
std::vector<std::string> list(const std::string& directory, const std::vector<std::string>& extensions);

}  // namespace irm::files
