#include <irm/files.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <signal.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace irm::files {

namespace {

bool has_any_extension(const fs::path& path, const std::vector<std::string>& extensions) {
    const std::string name = path.filename().string();
    return std::any_of(extensions.begin(), extensions.end(),
                       [&](const std::string& extension) { return has_extension(name, extension); });
}

// The paths held by PendingPath, read by the signal handler: a fixed array of
// lock-free pointers, since a handler may neither lock nor allocate.
static_assert(std::atomic<const char*>::is_always_lock_free);
std::array<std::atomic<const char*>, PendingPath::max_pending> pending_paths{};

extern "C" void remove_pending_and_stop(int signal_number) {
    // unlink, rmdir, sigaction and raise are async-signal-safe.
    for (const auto& held : pending_paths)
        if (const char* path = held.load()) ::unlink(path);
    for (const auto& held : pending_paths)
        if (const char* path = held.load()) ::rmdir(path);
    struct sigaction default_action {};
    default_action.sa_handler = SIG_DFL;
    ::sigemptyset(&default_action.sa_mask);
    ::sigaction(signal_number, &default_action, nullptr);
    ::raise(signal_number);
}

}  // namespace

PendingPath::PendingPath(std::string path) : path_(std::move(path)), slot_(max_pending) {
    for (std::size_t i = 0; i < max_pending; ++i) {
        const char* empty = nullptr;
        if (pending_paths[i].compare_exchange_strong(empty, path_.c_str())) {
            slot_ = i;
            break;
        }
    }
}

PendingPath::~PendingPath() {
    if (slot_ < max_pending) pending_paths[slot_].store(nullptr);
}

void remove_pending_paths_on_signal() {
    for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction current {};
        if (::sigaction(signal_number, nullptr, &current) != 0 || current.sa_handler == SIG_IGN) continue;
        struct sigaction action {};
        action.sa_handler = remove_pending_and_stop;
        ::sigemptyset(&action.sa_mask);
        ::sigaction(signal_number, &action, nullptr);
    }
}

bool has_extension(std::string_view path, std::string_view extension) {
    if (path.size() < extension.size()) return false;
    const std::string_view end = path.substr(path.size() - extension.size());
    return std::equal(end.begin(), end.end(), extension.begin(), extension.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
}

Result<std::string> read(const std::string& path) {
    const auto too_large = [] {
        return fail("larger than " + std::to_string(max_input_bytes / (1024 * 1024)) + " MiB");
    };
    std::error_code ec;
    if (fs::is_directory(path, ec)) return fail("is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(std::strerror(errno));
    const auto size = fs::file_size(path, ec);
    if (!ec && size > max_input_bytes) return too_large();
    std::string bytes;
    if (!ec) bytes.reserve(static_cast<std::size_t>(size));
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_input_bytes) return too_large();
    }
    if (in.bad()) return fail("read error");
    return bytes;
}

Done write_atomically(const std::string& path, const std::string& bytes) {
    const fs::path target(path);
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string pattern = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) return fail("cannot write " + path + ": " + std::strerror(errno));
    const PendingPath pending(name.data());
    const std::string& temporary = pending.path();
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string error = std::strerror(errno);
            ::close(fd);
            std::remove(temporary.c_str());
            return fail("cannot write " + path + ": " + error);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string error = std::strerror(errno);
        std::remove(temporary.c_str());
        return fail("cannot write " + path + ": " + error);
    }
    // mkstemp creates the file readable by its owner only; give it the usual mode.
    std::error_code ec;
    fs::permissions(
        temporary,
        fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read, ec);
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string error = std::strerror(errno);
        std::remove(temporary.c_str());
        return fail("cannot write " + path + ": " + error);
    }
    return {};
}

namespace {

std::string temporary_beside(const std::string& target) {
    const fs::path path(target);
    const fs::path directory = path.has_parent_path() ? path.parent_path() : fs::path(".");
    return (directory / ("." + path.filename().string() + "." + std::to_string(::getpid()) + ".partial"))
        .string();
}

}  // namespace

TemporaryOutput::TemporaryOutput(std::string target)
    : target_(std::move(target)), temporary_(temporary_beside(target_)) {}

TemporaryOutput::~TemporaryOutput() {
    if (!committed_) std::remove(path().c_str());
}

Done TemporaryOutput::commit() {
    if (std::rename(path().c_str(), target_.c_str()) != 0) {
        const std::string error = std::strerror(errno);
        std::remove(path().c_str());
        return fail("cannot write " + target_ + ": " + error);
    }
    committed_ = true;
    return {};
}

bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec;
    return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

bool is_lock_file(const std::string& path) {
    const std::string name = fs::path(path).filename().string();
    return name.rfind("~$", 0) == 0 || (name.rfind(".~lock.", 0) == 0 && !name.empty() && name.back() == '#');
}

std::vector<std::string> find(const std::string& directory, const std::vector<std::string>& extensions,
                              std::size_t* skipped) {
    std::vector<std::string> found;
    std::error_code ec;
    // Directory symlinks are not followed, so a link loop cannot trap the walk.
    fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code type_ec;
        if (!it->is_regular_file(type_ec)) continue;
        if (has_any_extension(it->path(), extensions) && !is_lock_file(it->path().string()))
            found.push_back(it->path().string());
        else if (skipped)
            ++*skipped;
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::vector<std::string> list(const std::string& directory, const std::vector<std::string>& extensions) {
    std::vector<std::string> found;
    std::error_code ec;
    for (fs::directory_iterator it(directory, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code type_ec;
        if (it->is_regular_file(type_ec) && has_any_extension(it->path(), extensions))
            found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace irm::files
