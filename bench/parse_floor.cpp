// The parse floor: the same files read and parsed by yaml-cpp's event parser
// with a handler that does nothing, on as many threads as `irm validate -j`.
// No YAML-based validator built on yaml-cpp can be faster than this.
//
// usage: irm_bench_parse_floor [--jobs N] [--nodes] FILE...
//   --nodes: build yaml-cpp's own node tree (YAML::Load) instead, for comparison.
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

class Nothing final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {
        ++events;
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnMapEnd() override {}
    long events = 0;
};

}  // namespace

int main(int argc, char** argv) {
    unsigned jobs = 1;
    bool nodes = false;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--jobs" && i + 1 < argc)
            jobs = static_cast<unsigned>(std::atoi(argv[++i]));
        else if (arg == "--nodes")
            nodes = true;
        else
            paths.push_back(arg);
    }
    std::atomic<std::size_t> next{0};
    std::atomic<long> events{0}, failures{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < paths.size(); i = next++) {
            std::ifstream in(paths[i], std::ios::binary);
            std::stringstream buffer;
            buffer << in.rdbuf();
            try {
                if (nodes) {
                    const YAML::Node node = YAML::Load(buffer.str());
                    events += node.size();
                } else {
                    std::istringstream stream(buffer.str());
                    YAML::Parser parser(stream);
                    Nothing handler;
                    parser.HandleNextDocument(handler);
                    events += handler.events;
                }
            } catch (const YAML::Exception&) {
                ++failures;
            }
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < jobs; ++t)
        threads.emplace_back(work);
    for (auto& thread : threads)
        thread.join();
    std::printf("%zu files, %ld events, %ld syntax errors\n", paths.size(), events.load(), failures.load());
    return 0;
}
