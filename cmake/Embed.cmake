# Writes a C++ source holding the shipped questionnaires, so that irm finds
# them from any working directory without installing data files.
# Usage: cmake -DOUTPUT=file.cpp -DINPUTS="a.yaml;b.yaml" -P Embed.cmake
set(body "")
set(table "")
set(index 0)
foreach(input IN LISTS INPUTS)
  get_filename_component(name "${input}" NAME)
  file(READ "${input}" hex HEX)
  file(SIZE "${input}" size)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(APPEND body "const unsigned char file${index}[] = {${bytes}0x00};\n")
  string(APPEND table "        {\"${name}\", reinterpret_cast<const char*>(file${index}), ${size}},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from questionnaires/ by cmake/Embed.cmake. Do not edit.
#include <irm/registry.hpp>

namespace irm {
namespace {
${body}}  // namespace

const std::vector<ShippedQuestionnaire>& shipped_questionnaires() {
    static const std::vector<ShippedQuestionnaire> files{
${table}    };
    return files;
}

}  // namespace irm
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
