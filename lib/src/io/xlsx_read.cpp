// The .xlsx reader: zip members located through their relationships, then
// pugixml over the workbook, shared strings, styles and worksheets. Element
// names are compared without their namespace prefix, since writers differ.
#include <irm/catalogue.hpp>
#include <irm/text.hpp>
#include <irm/workbook.hpp>

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace irm::xlsx {

namespace {

constexpr int max_rows = 1'048'576;  // Excel's own limits
constexpr int max_columns = 16'384;

/// A name or value of the file put into a message, quoted as the language quotes (with no-break
/// spaces inside French guillemets) and cut short: it may be anything a damaged file holds.
std::string quote(std::string_view text, std::string_view language) {
    return message("condition.quoted"_key, language, {{"text", text::shorten(text, 40)}});
}

std::string_view local_name(const char* name) {
    const char* colon = std::strrchr(name, ':');
    return colon ? std::string_view(colon + 1) : std::string_view(name);
}

pugi::xml_node child(pugi::xml_node node, std::string_view name) {
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element && local_name(c.name()) == name) return c;
    return {};
}

template <typename Visit>
void each_child(pugi::xml_node node, std::string_view name, Visit&& visit) {
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element && local_name(c.name()) == name) visit(c);
}

/// An attribute by local name (`r:id` and `id` alike, whatever the prefix).
pugi::xml_attribute attribute(pugi::xml_node node, std::string_view name) {
    for (pugi::xml_attribute a : node.attributes())
        if (local_name(a.name()) == name) return a;
    return {};
}

/// Decodes the `_xHHHH_` escapes of OOXML strings (control characters, and `_x005F_` for a literal
/// underscore).
/// The text with each character that no text can carry replaced by one U+FFFD: half of a
/// surrogate pair, which the XML parser turns a reference such as `&#xD800;` into (three bytes
/// that are not UTF-8), and any other byte that is not UTF-8. `replaced` is set when one was.
std::string carried_text(std::string text, bool& replaced) {
    if (!text::first_invalid_utf8(text)) return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
        const bool surrogate = byte(i) == 0xED && i + 2 < text.size() && byte(i + 1) >= 0xA0 &&
                               byte(i + 1) <= 0xBF && byte(i + 2) >= 0x80 && byte(i + 2) <= 0xBF;
        if (surrogate) {
            out += "\xEF\xBF\xBD";
            replaced = true;
            i += 3;
            continue;
        }
        const text::Character c = text::character_at(text, i);
        if (c.length == 0) {
            out += "\xEF\xBF\xBD";
            replaced = true;
            ++i;
            continue;
        }
        out.append(text, i, c.length);
        i += c.length;
    }
    return out;
}

std::string decode_escapes(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        if (in[i] == '_' && i + 6 < in.size() && in[i + 1] == 'x' && in[i + 6] == '_' &&
            std::all_of(in.begin() + static_cast<long>(i) + 2, in.begin() + static_cast<long>(i) + 6,
                        [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; })) {
            const unsigned code =
                static_cast<unsigned>(std::stoul(std::string(in.substr(i + 2, 4)), nullptr, 16));
            if (code >= 0xD800 &&
                code <= 0xDFFF) {  // half of a surrogate pair is no character: keep the text
                out += in[i++];
                continue;
            }
            if (code < 0x80) {
                out += static_cast<char>(code);
            } else if (code < 0x800) {
                out += static_cast<char>(0xC0 | (code >> 6));
                out += static_cast<char>(0x80 | (code & 0x3F));
            } else {
                out += static_cast<char>(0xE0 | (code >> 12));
                out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (code & 0x3F));
            }
            i += 7;
        } else {
            out += in[i++];
        }
    }
    return out;
}

/// A whole number written in XML (an attribute, a cell's index into the shared strings) that lies
/// within [min, max]; nullopt when the text is not one (a sign is allowed, spaces are not) or lies
/// outside, however many digits it has.
std::optional<long> whole_number(std::string_view text, long min, long max) {
    long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
        return std::nullopt;
    return value;
}

/// The text of a string item (`<si>` or `<is>`): its `<t>`, or its rich-text runs; phonetic runs are skipped.
std::string string_item(pugi::xml_node item, bool& replaced) {
    std::string text;
    for (pugi::xml_node c : item.children()) {
        if (c.type() != pugi::node_element) continue;
        const std::string_view name = local_name(c.name());
        if (name == "t")
            text += c.text().get();
        else if (name == "r")
            text += child(c, "t").text().get();
    }
    // Every character is kept: a carriage return can only come from an escape (`_x000D_`,
    // `&#13;`), since the XML parser makes the line ends written in the part plain ones.
    return carried_text(decode_escapes(text), replaced);
}

/// Whether a number format code shows a date (y, d, or m that is not minutes), ignoring quoted text,
/// escaped characters and [..] parts such as colours and locales.
bool is_date_format(std::string_view code) {
    if (code.size() == 7 && std::equal(code.begin(), code.end(), "general", [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == b;
        }))
        return false;
    bool y = false, d = false, m = false, h = false, s = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(code[i])));
        if (c == '"') {
            const std::size_t end = code.find('"', i + 1);
            if (end == std::string_view::npos) break;
            i = end;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;
        } else if (c == '[') {
            const std::size_t end = code.find(']', i + 1);
            if (end == std::string_view::npos) break;
            i = end;
        } else if (c == ';') {
            break;  // the first section decides
        } else {
            y |= c == 'y';
            d |= c == 'd';
            m |= c == 'm';
            h |= c == 'h';
            s |= c == 's';
        }
    }
    return y || d || (m && !h && !s);
}

bool is_builtin_date_format(int id) {
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/// The elements of an XML text, counted by their start tags, not parsed.
std::size_t elements_in(std::string_view xml) {
    std::size_t count = 0;
    for (std::size_t at = xml.find('<'); at != std::string_view::npos; at = xml.find('<', at + 1))
        if (at + 1 < xml.size() && xml[at + 1] != '/' && xml[at + 1] != '?' && xml[at + 1] != '!') ++count;
    return count;
}

/// Parses XML; entities beyond the predefined ones are never expanded by pugixml, so no entity bomb.
/// `elements` counts those of every part parsed so far, against max_elements.
Done parse_xml(pugi::xml_document& doc, const std::string& bytes, const std::string& name,
               std::size_t& elements, std::string_view language) {
    // Parts are UTF-8; text that is not would travel into responses and messages.
    if (const auto bad = text::first_invalid_utf8(bytes))
        return fail(message("finding.IRM051.not-utf8"_key, language,
                            {{"part", quote(name, language)}, {"offset", std::to_string(*bad)}}));
    // Parsed, every element costs memory whatever its size, and the cells read stay: count them before.
    elements += elements_in(bytes);
    if (elements > max_elements)
        return fail(message("finding.IRM051.too-many-elements"_key, language,
                            {{"limit", std::to_string(max_elements)}, {"part", quote(name, language)}}));
    const pugi::xml_parse_result result =
        doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!result)
        return fail(message("finding.IRM051.damaged-part"_key, language,
                            {{"part", quote(name, language)},
                             {"reason", result.description()},
                             {"offset", std::to_string(result.offset)}}));
    return {};
}

/// A member of the archive parsed as XML.
Result<pugi::xml_document> read_xml(zip::Archive& archive, const std::string& name, std::size_t& elements,
                                    std::string_view language) {
    Result<std::string> bytes = archive.read(name);
    if (!bytes) return fail(bytes.error());
    Result<pugi::xml_document> doc{pugi::xml_document()};
    if (Done parsed = parse_xml(*doc, *bytes, name, elements, language); !parsed) return fail(parsed.error());
    return doc;
}

/// A relationship target resolved against the folder of the part that names it.
std::string resolve(const std::string& base_folder, std::string target) {
    if (!target.empty() && target.front() == '/') return target.substr(1);
    std::string path = base_folder + target;
    // Collapse "dir/../" segments.
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t slash = path.find('/', start);
        const std::string part =
            path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    std::string out;
    for (const auto& part : parts)
        out += (out.empty() ? "" : "/") + part;
    return out;
}

std::string folder_of(const std::string& part) {
    const std::size_t slash = part.rfind('/');
    return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

std::string rels_of(const std::string& part) {
    return folder_of(part) + "_rels/" + part.substr(folder_of(part).size()) + ".rels";
}

struct Relationship {
    std::string id, type, target;
};

Result<std::vector<Relationship>> relationships(zip::Archive& archive, const std::string& part,
                                                std::size_t& elements, std::string_view language) {
    std::vector<Relationship> out;
    const std::string name = rels_of(part);
    if (!archive.contains(name)) return out;
    Result<pugi::xml_document> doc = read_xml(archive, name, elements, language);
    if (!doc) return fail(doc.error());
    each_child(doc->first_child(), "Relationship", [&](pugi::xml_node r) {
        if (std::string_view(r.attribute("TargetMode").value()) == "External") return;
        out.push_back({r.attribute("Id").value(), r.attribute("Type").value(),
                       resolve(folder_of(part), r.attribute("Target").value())});
    });
    return out;
}

bool ends_with(std::string_view s, std::string_view end) {
    return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

bool parse_double(std::string_view text, double& out) {
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && std::isfinite(out);
}

class Reader {
public:
    Reader(zip::Archive& archive, std::string_view language) : archive_(archive), language_(language) {}

    Result<Workbook> run() {
        // The workbook part, through the package relationships (xl/workbook.xml by convention).
        auto package = relationships(archive_, "", elements_, language_);
        if (!package) return fail(package.error());
        std::string workbook_part;
        for (const auto& r : *package)
            if (ends_with(r.type, "/officeDocument")) workbook_part = r.target;
        if (workbook_part.empty()) workbook_part = "xl/workbook.xml";
        if (!archive_.contains(workbook_part)) return fail(words("finding.IRM051.no-workbook-part"_key));
        auto rels = relationships(archive_, workbook_part, elements_, language_);
        if (!rels) return fail(rels.error());
        for (const auto& r : *rels) {
            if (ends_with(r.type, "/sharedStrings") && !read_shared_strings(r.target)) return fail(error_);
            if (ends_with(r.type, "/styles") && !read_styles(r.target)) return fail(error_);
        }

        Result<pugi::xml_document> doc = read_xml(archive_, workbook_part, elements_, language_);
        if (!doc) return fail(doc.error());
        const pugi::xml_node root = doc->document_element();
        if (local_name(root.name()) != "workbook") return fail(words("finding.IRM051.not-a-workbook"_key));
        Workbook workbook;
        const pugi::xml_node properties = child(root, "workbookPr");
        const std::string_view date1904 = attribute(properties, "date1904").value();
        workbook.date1904 = date1904 == "1" || date1904 == "true";

        bool ok = true;
        each_child(child(root, "sheets"), "sheet", [&](pugi::xml_node s) {
            if (!ok) return;
            const std::string id = attribute(s, "id").value();
            const auto found =
                std::find_if(rels->begin(), rels->end(), [&](const Relationship& r) { return r.id == id; });
            if (found == rels->end() || !ends_with(found->type, "/worksheet"))
                return;  // chart sheets and the like
            Sheet sheet;
            sheet.name = s.attribute("name").value();
            const std::string_view state = s.attribute("state").value();
            sheet.hidden = state == "hidden" || state == "veryHidden";
            ok = read_sheet(found->target, sheet);
            workbook.sheets.push_back(std::move(sheet));
        });
        if (!ok) return fail(error_);
        workbook.problems = std::move(problems_);
        return workbook;
    }

private:
    /// A fixed text in the language of the messages.
    std::string words(Key key) const { return message(key, language_); }

    /// A part as XML; false (the reason in error_) when it cannot be read.
    bool load(const std::string& part, pugi::xml_document& doc) {
        Result<pugi::xml_document> read = read_xml(archive_, part, elements_, language_);
        if (!read) return refuse(read.error());
        doc = std::move(*read);
        return true;
    }

    bool read_shared_strings(const std::string& part) {
        pugi::xml_document doc;
        if (!load(part, doc)) return false;
        each_child(doc.document_element(), "si", [&](pugi::xml_node si) {
            bool replaced = false;
            strings_.push_back(std::make_shared<const std::string>(string_item(si, replaced)));
            strings_replaced_.push_back(replaced);
        });
        return true;
    }

    bool read_styles(const std::string& part) {
        pugi::xml_document doc;
        if (!load(part, doc)) return false;
        const pugi::xml_node root = doc.document_element();
        std::map<long, bool> custom;
        const auto format_id = [](pugi::xml_node node) {
            return whole_number(node.attribute("numFmtId").value(), 0, INT_MAX).value_or(0);
        };
        each_child(child(root, "numFmts"), "numFmt", [&](pugi::xml_node f) {
            custom[format_id(f)] = is_date_format(f.attribute("formatCode").value());
        });
        each_child(child(root, "cellXfs"), "xf", [&](pugi::xml_node xf) {
            const long id = format_id(xf);
            const auto it = custom.find(id);
            date_styles_.push_back(it != custom.end() ? it->second
                                                      : is_builtin_date_format(static_cast<int>(id)));
        });
        return true;
    }

    bool read_sheet(const std::string& part, Sheet& sheet) {
        pugi::xml_document doc;
        if (!load(part, doc)) return false;
        const pugi::xml_node data = child(doc.document_element(), "sheetData");
        const std::string sheet_name = quote_sheet(sheet.name);
        int next_row = 0;
        bool ok = true;
        each_child(data, "row", [&](pugi::xml_node row) {
            if (!ok) return;
            int row_index = next_row;
            if (const auto r = row.attribute("r")) {
                const auto number = whole_number(r.value(), 1, max_rows);
                if (!number) {
                    const std::string shown = text::shorten(r.value(), 20);
                    ok = problem(fmt::format("{sheet}!{row}:{row}", fmt::arg("sheet", sheet_name),
                                             fmt::arg("row", shown)),
                                 message("finding.IRM051.row-outside"_key, language_,
                                         {{"row", quote(r.value(), language_)},
                                          {"last", std::to_string(max_rows)}}));
                    return;
                }
                row_index = static_cast<int>(*number) - 1;
            } else if (row_index >= max_rows) {
                ok = problem(sheet_name, message("finding.IRM051.too-many-rows"_key, language_,
                                                 {{"last", std::to_string(max_rows)}}));
                return;
            }
            next_row = row_index + 1;
            int next_column = 0;
            each_child(row, "c", [&](pugi::xml_node c) {
                if (!ok) return;
                CellRef ref{row_index, next_column};
                if (const auto r = c.attribute("r")) {
                    const auto parsed = parse_cell_name(r.value());
                    if (!parsed) {
                        const std::string shown = text::shorten(r.value(), 20);
                        ok = problem(sheet_name + "!" + shown,
                                     message("finding.IRM051.bad-reference"_key, language_,
                                             {{"reference", quote(r.value(), language_)},
                                              {"column", column_name(max_columns - 1)},
                                              {"row", std::to_string(max_rows)}}));
                        return;
                    }
                    ref = *parsed;
                } else if (ref.column >= max_columns) {
                    ok = problem(fmt::format("{sheet}!{row}:{row}", fmt::arg("sheet", sheet_name),
                                             fmt::arg("row", row_index + 1)),
                                 message("finding.IRM051.too-many-cells"_key, language_,
                                         {{"columns", std::to_string(max_columns)}}));
                    return;
                }
                next_column = ref.column + 1;
                Value value;
                bool readable = true;
                if (!read_cell(c, value, sheet_name, ref, readable)) {
                    ok = false;
                    return;
                }
                if (readable && (value.kind != Value::Kind::Empty || value.formula))
                    sheet.cells[ref] = std::move(value);
            });
        });
        return ok;
    }

    /// Reads a cell into `value`; `readable` false when it cannot be (a problem is listed). False
    /// when the workbook is not read further.
    bool read_cell(pugi::xml_node c, Value& value, const std::string& sheet, CellRef ref, bool& readable) {
        const std::string_view type = c.attribute("t").value();
        const pugi::xml_node v = child(c, "v");
        const char* raw = v.text().get();
        value.formula = static_cast<bool>(child(c, "f"));
        const bool has_value = v && *raw != '\0';  // openpyxl writes <v></v> for a formula never computed
        if (type == "inlineStr") {
            value.kind = Value::Kind::Text;
            value.set_text(string_item(child(c, "is"), value.replaced));
        } else if (!has_value) {
            value.cached = !value.formula;
        } else if (type == "s") {
            const auto index = strings_.empty()
                                   ? std::nullopt
                                   : whole_number(raw, 0, static_cast<long>(strings_.size()) - 1);
            if (!index) {
                readable = false;
                return problem(sheet + "!" + cell_name(ref),
                               message("finding.IRM051.missing-shared-string"_key, language_,
                                       {{"index", quote(raw, language_)}}));
            }
            value.kind = Value::Kind::Text;
            value.share_text(strings_[static_cast<std::size_t>(*index)]);
            value.replaced = strings_replaced_[static_cast<std::size_t>(*index)];
        } else if (type == "str") {
            value.kind = Value::Kind::Text;
            value.set_text(carried_text(decode_escapes(raw), value.replaced));
        } else if (type == "b") {
            value.kind = Value::Kind::Boolean;
            value.number = std::string_view(raw) == "1" || std::string_view(raw) == "true" ? 1 : 0;
            value.set_text(value.number != 0 ? "TRUE" : "FALSE");
        } else if (type == "e") {
            value.kind = Value::Kind::Error;
            value.set_text(raw);
        } else if (type == "d") {
            value.kind = Value::Kind::Text;
            value.set_text(raw);
            value.date = true;
        } else {
            value.kind = Value::Kind::Number;
            value.set_text(raw);
            if (!parse_double(value.text(), value.number)) {
                readable = false;
                return problem(sheet + "!" + cell_name(ref),
                               message("finding.IRM051.bad-number"_key, language_,
                                       {{"value", quote(value.text(), language_)}}));
            }
            const long style = whole_number(c.attribute("s").value(), 0, LONG_MAX).value_or(0);
            value.date = static_cast<std::size_t>(style) < date_styles_.size() &&
                         date_styles_[static_cast<std::size_t>(style)];
        }
        // What the cells show is counted as the importer will copy it: a shared string once per cell.
        text_bytes_ += value.text().size();
        if (text_bytes_ > max_text_bytes)
            return refuse(message("finding.IRM051.too-much-text"_key, language_,
                                  {{"limit", std::to_string(max_text_bytes / (1024 * 1024))}}));
        return true;
    }

    /// Lists a cell or row left out; false when there are too many to go on.
    bool problem(std::string place, std::string why) {
        if (problems_.size() == max_problems)
            return refuse(message("finding.IRM051.damaged"_key, language_,
                                  {{"limit", std::to_string(max_problems)}}));
        problems_.push_back(Problem{std::move(place), std::move(why)});
        return true;
    }

    /// Records why the reading stops; always false.
    bool refuse(std::string message) {
        error_ = std::move(message);
        return false;
    }

    zip::Archive& archive_;
    std::string_view language_;                                ///< of the messages
    std::string error_;                                        ///< why the reading stopped
    std::vector<std::shared_ptr<const std::string>> strings_;  ///< shown by cells, never copied into them
    std::vector<bool> strings_replaced_;                       ///< per shared string: Value::replaced
    std::size_t text_bytes_ = 0;                               ///< the text of the cells read so far
    std::vector<Problem> problems_;                            ///< cells and rows left out
    std::size_t elements_ = 0;  ///< the XML elements of the parts parsed so far
    std::vector<bool> date_styles_;
};

/// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms).
long days_from_civil(long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3u : 9u)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

void civil_from_days(long z, long& y, unsigned& m, unsigned& d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

}  // namespace

std::string column_name(int column) {
    std::string letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

std::string cell_name(CellRef ref) {
    return column_name(ref.column) + std::to_string(ref.row + 1);
}

std::optional<CellRef> parse_cell_name(std::string_view name) {
    std::size_t i = 0;
    if (i < name.size() && name[i] == '$') ++i;
    long column = 0;
    const std::size_t letters_start = i;
    while (i < name.size() && std::isupper(static_cast<unsigned char>(name[i])) && i - letters_start < 3)
        column = column * 26 + (name[i++] - 'A' + 1);
    if (i == letters_start) return std::nullopt;
    if (i < name.size() && name[i] == '$') ++i;
    long row = 0;
    const std::size_t digits_start = i;
    while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i])) && i - digits_start < 7)
        row = row * 10 + (name[i++] - '0');
    if (i == digits_start || i != name.size() || row < 1 || row > max_rows || column > max_columns)
        return std::nullopt;
    return CellRef{static_cast<int>(row - 1), static_cast<int>(column - 1)};
}

std::string quote_sheet(std::string_view sheet) {
    // Letters of any script, digits, '_' and '.' need no quotes, unless a digit comes first.
    const bool plain = !sheet.empty() && !std::isdigit(static_cast<unsigned char>(sheet.front())) &&
                       std::all_of(sheet.begin(), sheet.end(), [](char c) {
                           const auto byte = static_cast<unsigned char>(c);
                           return std::isalnum(byte) || c == '_' || c == '.' || byte >= 0x80;
                       });
    if (plain) return std::string(sheet);
    std::string out = "'";
    for (const char c : sheet)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

const std::string& Value::text() const {
    static const std::string empty;
    return text_ ? *text_ : empty;
}

void Value::set_text(std::string text) {
    text_ = std::make_shared<const std::string>(std::move(text));
}

void Value::share_text(std::shared_ptr<const std::string> text) {
    text_ = std::move(text);
}

const Value* Sheet::at(CellRef ref) const {
    const auto it = cells.find(ref);
    return it == cells.end() ? nullptr : &it->second;
}

const Sheet* Workbook::find(std::string_view name) const {
    for (const Sheet& sheet : sheets)
        if (sheet.name == name) return &sheet;
    return nullptr;
}

Result<Workbook> read(std::string bytes, const zip::Limits& limits, std::string_view language) {
    auto archive = zip::Archive::open(std::move(bytes), limits);
    if (!archive) return fail(archive.error());
    return Reader(**archive, language).run();
}

std::optional<std::string> serial_to_date(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < 0 || serial > 3'000'000) return std::nullopt;
    long whole = static_cast<long>(std::floor(serial));
    long days;  // since 1970-01-01
    if (date1904) {
        days = days_from_civil(1904, 1, 1) + whole;
    } else {
        if (whole == 60) return std::nullopt;  // 1900-02-29, a day that never was (Lotus' leap-year bug)
        if (whole < 1) return std::nullopt;
        days = days_from_civil(1899, 12, 31) + whole - (whole > 60 ? 1 : 0);
    }
    long y;
    unsigned m, d;
    civil_from_days(days, y, m, d);
    if (y < 1900 || y > 9999) return std::nullopt;
    char text[32];
    std::snprintf(text, sizeof text, "%04ld-%02u-%02u", y, m, d);
    return std::string(text);
}

double date_to_serial(int year, int month, int day) {
    const long days = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) -
                      days_from_civil(1899, 12, 30);
    return static_cast<double>(days);
}

std::string format_number(double number) {
    if (std::fabs(number) < 1e15 && number == std::floor(number)) {
        char text[32];
        std::snprintf(text, sizeof text, "%lld", static_cast<long long>(number));
        return text;
    }
    // The shortest text that reads back as the same double, without an exponent.
    for (int precision = 1; precision <= 17; ++precision) {
        char text[400];
        std::snprintf(
            text, sizeof text, "%.*f",
            std::max(0, precision - 1 - static_cast<int>(std::floor(std::log10(std::fabs(number))))), number);
        double back = 0;
        if (parse_double(text, back) && back == number) {
            std::string out = text;
            if (out.find('.') != std::string::npos) {
                while (out.back() == '0')
                    out.pop_back();
                if (out.back() == '.') out.pop_back();
            }
            return out;
        }
    }
    char text[400];
    std::snprintf(text, sizeof text, "%.17f", number);
    return text;
}

}  // namespace irm::xlsx
