// A candidate parse floor: the same files parsed by libfyaml's event parser,
// each scalar's text and start mark taken (what irm's tree needs from any
// parser), on as many threads as `irm validate -j`. Built only when libfyaml
// is installed; it measures what swapping the parser would gain before the
// swap is made.
//
// usage: irm_bench_parse_libfyaml [--jobs N] FILE...
#include <libfyaml.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
    unsigned jobs = 1;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--jobs" && i + 1 < argc)
            jobs = static_cast<unsigned>(std::atoi(argv[++i]));
        else
            paths.push_back(arg);
    }
    std::atomic<std::size_t> next{0};
    std::atomic<long> events{0}, failures{0}, text_bytes{0};
    const auto work = [&] {
        fy_parse_cfg config{};
        config.flags = FYPCF_QUIET;
        for (std::size_t i = next++; i < paths.size(); i = next++) {
            std::ifstream in(paths[i], std::ios::binary);
            const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            fy_parser* parser = fy_parser_create(&config);
            if (!parser || fy_parser_set_string(parser, source.data(), source.size()) != 0) {
                ++failures;
                if (parser) fy_parser_destroy(parser);
                continue;
            }
            long count = 0, bytes = 0;
            while (fy_event* event = fy_parser_parse(parser)) {
                ++count;
                if (event->type == FYET_SCALAR) {
                    std::size_t length = 0;
                    const char* text = fy_token_get_text(event->scalar.value, &length);
                    const fy_mark* mark = fy_token_start_mark(event->scalar.value);
                    const std::string value(text ? text : "", text ? length : 0);
                    bytes += static_cast<long>(value.size()) + (mark ? 0 : 1);
                }
                fy_parser_event_free(parser, event);
            }
            if (fy_parser_get_stream_error(parser)) ++failures;
            fy_parser_destroy(parser);
            events += count;
            text_bytes += bytes;
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < jobs; ++t)
        threads.emplace_back(work);
    for (auto& thread : threads)
        thread.join();
    std::printf("%zu files, %ld events, %ld bytes of scalars, %ld syntax errors\n", paths.size(),
                events.load(), text_bytes.load(), failures.load());
    return 0;
}
