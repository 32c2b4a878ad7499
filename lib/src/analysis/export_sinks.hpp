// Inside `irm export`: temporary files that hold what the output needs, and
// one sink per format that turns submissions into its part of the output.
#pragma once

#include <irm/export.hpp>

#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace irm::exporting {

/// An anonymous temporary file written at its end and read back at any offset,
/// so that an export keeps on disk what it cannot keep in memory.
class Spool {
public:
    Spool() = default;
    ~Spool();
    Spool(const Spool&) = delete;
    Spool& operator=(const Spool&) = delete;

    /// Appends bytes; throws std::runtime_error when the temporary file cannot be written.
    void append(std::string_view bytes);
    /// Number of bytes written so far.
    std::uint64_t size() const { return size_; }
    /// Reads up to `count` bytes at `offset`; the number of bytes read.
    std::size_t read(std::uint64_t offset, char* out, std::size_t count);
    /// Copies everything written to a stream; false when the stream fails.
    bool copy_to(std::FILE* out);

private:
    void flush();
    std::FILE* file_ = nullptr;
    std::uint64_t size_ = 0;
    bool dirty_ = false;
};

/// Reads a spool from the start, in order.
class SpoolReader {
public:
    explicit SpoolReader(Spool& spool, std::uint64_t offset = 0) : spool_(spool), offset_(offset) {}
    /// Reads exactly `count` bytes; false at the end of the spool.
    bool read(char* out, std::size_t count);
    /// Where the next read starts.
    std::uint64_t offset() const { return offset_; }

private:
    Spool& spool_;
    std::uint64_t offset_;
};

/// The id and version that name a group of submissions.
using GroupKey = std::pair<std::string, std::string>;

/// What a format does with submissions.
class Sink {
public:
    virtual ~Sink() = default;
    /// Adds one submission of a questionnaire; labels are in `language`.
    virtual void add(const Submission& submission, const Questionnaire& questionnaire,
                     const std::string& language) = 0;
    /// Writes the whole output to a file.
    virtual Done write(const std::string& path) = 0;
    /// Writes the whole output to a stream.
    virtual Done write(std::FILE* out) = 0;

    /// Notes for the user, each given once.
    std::vector<std::string> notes;
    /// Adds a note unless it is there already.
    void note(const std::string& text);
};

/// The XML sink (schemas/irm-export-1.xsd); its notes are in `words`.
std::unique_ptr<Sink> make_xml_sink(const std::string& words);
/// The JSON sink (docs/EXPORT.md); its notes are in `words`.
std::unique_ptr<Sink> make_json_sink(const std::string& words);
/// The Excel sink; its sheet names, headings and notes are in `words`.
std::unique_ptr<Sink> make_xlsx_sink(const std::string& words);

/// A text document made of one part per group, each part kept in its own
/// spool until the end: the shape shared by the XML and JSON exports.
class TextDocument : public Sink {
public:
    void add(const Submission& submission, const Questionnaire& questionnaire,
             const std::string& language) override;
    Done write(const std::string& path) override;
    Done write(std::FILE* out) override;

protected:
    /// State a format keeps per group (the JSON writer's place, for one).
    struct GroupState {
        virtual ~GroupState() = default;
    };
    /// A new group's state.
    virtual std::unique_ptr<GroupState> start() = 0;
    /// The text that opens a group: the questionnaire and its questions.
    virtual std::string group_header(GroupState& state, const Questionnaire& questionnaire,
                                     const std::string& language) = 0;
    /// The text of one submission.
    virtual std::string submission(GroupState& state, const Submission& submission) = 0;
    /// The text that closes a group.
    virtual std::string group_footer(GroupState& state) = 0;
    /// The text before the groups, knowing how many responses they hold.
    virtual std::string prologue(std::size_t responses) = 0;
    /// The text between two groups.
    virtual std::string separator() = 0;
    /// The text after the groups.
    virtual std::string epilogue(bool any_group) = 0;

private:
    /// Writes every part in order; false when the stream refuses a byte.
    bool copy_to(std::FILE* out);

    struct Group {
        Spool spool;
        std::unique_ptr<GroupState> state;
    };
    std::map<GroupKey, Group> groups_;
    std::size_t responses_ = 0;
    bool closed_ = false;  ///< the groups' footers are written (a second write must not repeat them)
};

/// Text as the one-line rendering of an answer that has the wrong shape.
std::string unreadable_text(const yaml::Node& node);

}  // namespace irm::exporting
