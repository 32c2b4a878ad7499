// What the two workbook harnesses do with the bytes of an .xlsx file: read it (io/,
// `xlsx::read` over `zip::Archive`), import it as `irm import` does (fill/), and
// validate it as every command reads a response file (`load_response`, through a
// file whose name ends in .xlsx). Holds: cells inside a sheet whose names read back,
// numbers written back as the same number, findings at cells (never at lines) with
// the codes of the importer and the checker, and the YAML an import writes is YAML.
#pragma once

#include "findings.hpp"
#include "questionnaires.hpp"

#include <irm/response.hpp>
#include <irm/response_file.hpp>
#include <irm/workbook.hpp>
#include <irm/workbook_import.hpp>
#include <irm/yaml.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace irm::fuzz {

/// A file of this process's own whose name ends in .xlsx, removed when the process ends.
class WorkbookFile {
public:
    WorkbookFile() {
        const char* directory = std::getenv("TMPDIR");
        std::string pattern =
            std::string(directory && *directory ? directory : "/tmp") + "/irm-fuzz-XXXXXX.xlsx";
        std::vector<char> name(pattern.begin(), pattern.end());
        name.push_back('\0');
        const int fd = ::mkstemps(name.data(), 5);
        IRM_FUZZ_CHECK(fd >= 0, "a temporary workbook file can be made");
        ::close(fd);
        path_ = name.data();
    }
    ~WorkbookFile() { std::remove(path_.c_str()); }
    WorkbookFile(const WorkbookFile&) = delete;
    WorkbookFile& operator=(const WorkbookFile&) = delete;

    const std::string& path() const { return path_; }

private:
    std::string path_;
};

inline const std::string& workbook_file() {
    static const WorkbookFile file;
    return file.path();
}

inline void check_read(const std::string& bytes) {
    const Result<xlsx::Workbook> book = xlsx::read(bytes);
    if (!book) {
        IRM_FUZZ_CHECK(!book.error().empty() && utf8(book.error()), "a workbook refused says why");
        return;
    }
    IRM_FUZZ_CHECK(book->problems.size() <= xlsx::max_problems,
                   "a workbook is read up to its limit of problems");
    for (const xlsx::Problem& problem : book->problems)
        IRM_FUZZ_CHECK(!problem.place.empty() && utf8(problem.place) && !problem.message.empty() &&
                           utf8(problem.message),
                       "a cell left out says where and why");
    for (const xlsx::Sheet& sheet : book->sheets) {
        IRM_FUZZ_CHECK(utf8(sheet.name), "a sheet's name is UTF-8");
        for (const auto& [ref, value] : sheet.cells) {
            IRM_FUZZ_CHECK(0 <= ref.row && ref.row < 1'048'576 && 0 <= ref.column && ref.column < 16'384,
                           "a cell is inside a sheet");
            const auto named = xlsx::parse_cell_name(xlsx::cell_name(ref));
            IRM_FUZZ_CHECK(named && *named == ref, "a cell's name reads back as the cell");
            IRM_FUZZ_CHECK(utf8(value.text()), "a cell's text is UTF-8");
            if (value.kind == xlsx::Value::Kind::Number) {
                const std::string written = xlsx::format_number(value.number);
                IRM_FUZZ_CHECK(std::strtod(written.c_str(), nullptr) == value.number,
                               "a number written as text reads back as the same number");
                if (value.date) (void)xlsx::serial_to_date(value.number, book->date1904);
            }
        }
    }
}

inline void check_import(const std::string& bytes) {
    const std::string file = "response.xlsx";
    const ImportedWorkbook imported = import_workbook(bytes, file, questionnaires());
    check_findings(imported.findings, {file, {"IRM003", "IRM050-IRM054"}, nullptr, false});
    if (imported.yaml.empty()) return;
    IRM_FUZZ_CHECK(static_cast<std::size_t>(std::count(imported.yaml.begin(), imported.yaml.end(), '\n')) ==
                       imported.line_cells.size(),
                   "every line of an imported response has its cell");
    const yaml::Document doc = yaml::Document::parse(imported.yaml);
    if (doc.error())
        std::fprintf(stderr, "imported:\n%s\nrefused at %d:%d: %s\n", imported.yaml.c_str(),
                     doc.error()->position.line, doc.error()->position.column, doc.error()->message.c_str());
    IRM_FUZZ_CHECK(!doc.error() && doc.root() && doc.root()->is_map(), "an imported response is YAML");
}

inline void check_load(const std::string& bytes) {
    const std::string& path = workbook_file();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << bytes;
        IRM_FUZZ_CHECK(out.good(), "the temporary workbook file is written");
    }
    const Response response = load_response(path, questionnaires());
    check_findings(
        response.findings,
        {path, {"IRM002-IRM004", "IRM010-IRM021", "IRM050-IRM054", "IRM060", "IRM061"}, nullptr, false});
    IRM_FUZZ_CHECK(response.source == ResponseSource::Workbook, "a workbook is read as a workbook");
}

/// Everything the harnesses do with the bytes of a workbook.
inline void check_workbook(const std::string& bytes) {
    check_read(bytes);
    check_import(bytes);
    check_load(bytes);
}

}  // namespace irm::fuzz
