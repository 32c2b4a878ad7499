// What the unit tests of workbooks share: a workbook's members edited and zipped again.
#pragma once

#include <irm/zip.hpp>

#include <doctest/doctest.h>
#include <zip.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace irm::test {

/// The archive with each member passed through `edit` (name, bytes), zipped again.
inline std::string rezipped(const std::string& original,
                            const std::function<void(const std::string&, std::string&)>& edit) {
    auto archive = irm::zip::Archive::open(original);
    REQUIRE(archive.ok());
    std::vector<std::pair<std::string, std::string>> members;
    for (const std::string& name : (*archive)->names()) {
        auto bytes = (*archive)->read(name);
        REQUIRE(bytes.ok());
        edit(name, *bytes);
        members.emplace_back(name, std::move(*bytes));
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
    REQUIRE(source);
    zip_t* out = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    REQUIRE(out);
    zip_source_keep(source);
    for (const auto& [name, bytes] : members) {
        zip_source_t* member = zip_source_buffer(out, bytes.data(), bytes.size(), 0);
        REQUIRE(zip_file_add(out, name.c_str(), member, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(out) == 0);
    REQUIRE(zip_source_open(source) == 0);
    zip_stat_t stat;
    zip_source_stat(source, &stat);
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    REQUIRE(zip_source_read(source, bytes.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
    zip_source_close(source);
    zip_source_free(source);
    return bytes;
}

}  // namespace irm::test
