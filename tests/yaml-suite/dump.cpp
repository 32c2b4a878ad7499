// Reads YAML files with irm's reader and writes one JSON array with, for each
// file, the tree it read (scalars as text, with whether they were plain), or the
// syntax error it refused the file with. tests/yaml-suite/run.py compares
// these lines with the YAML test suite's expectations.
//
// usage: irm_yaml_dump FILE...
#include <irm/json.hpp>
#include <irm/yaml.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

namespace {

void write(irm::json::Writer& w, const irm::yaml::Node& node) {
    using Kind = irm::yaml::Node::Kind;
    switch (node.kind) {
        case Kind::Null:
            w.null();
            return;
        case Kind::Scalar:
            w.begin_object();
            w.key("text").value(node.text);
            w.key("plain").value(node.style == irm::yaml::Style::Plain);
            w.end_object();
            return;
        case Kind::Sequence:
            w.begin_array();
            for (const irm::yaml::Node* item : node.items) write(w, *item);
            w.end_array();
            return;
        case Kind::Map:
            w.begin_object();
            w.key("map").begin_array();
            for (const irm::yaml::Pair& pair : node.pairs) {
                w.begin_array();
                write(w, *pair.key);
                write(w, *pair.value);
                w.end_array();
            }
            w.end_array();
            w.key("duplicates").value(static_cast<int>(node.duplicate_keys.size()));
            w.end_object();
            return;
    }
}

}  // namespace

int main(int argc, char** argv) {
    irm::json::Writer w;
    w.begin_array();
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const irm::yaml::Document doc = irm::yaml::Document::parse(std::move(source));
        w.begin_object();
        w.key("file").value(argv[i]);
        if (const auto& error = doc.error()) {
            w.key("error").begin_object();
            w.key("line").value(error->position.line);
            w.key("column").value(error->position.column);
            w.key("message").value(error->message);
            w.end_object();
        } else {
            w.key("root");
            if (doc.root())
                write(w, *doc.root());
            else
                w.null();
            w.key("more_documents").value(doc.has_more_documents());
        }
        w.end_object();
        std::fputs(w.drain().c_str(), stdout);
    }
    w.end_array();
    std::fputs(w.take().c_str(), stdout);
    return 0;
}
