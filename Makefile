# The two commands of the README: `make run` and `make test`.
# Both install what is missing (Debian packages), configure and build first.

BUILD     ?= build
YAML_CPP_BUILD ?= build-yaml-cpp
JOBS      ?= 2
IRM       := $(BUILD)/cli/irm
SANITIZE_BUILD ?= build-sanitize
FUZZ_BUILD ?= build-fuzz
# How long `make fuzz` runs each harness, one after another; FUZZ_ONLY names some of them.
FUZZ_SECONDS ?= 60
FUZZ_ONLY ?=

# Everything the build and the tests need, as Debian packages.
PACKAGES := cmake ninja-build g++ pkg-config python3 \
            libfyaml-dev libyaml-cpp-dev libcli11-dev libfmt-dev libpugixml-dev libxlsxwriter-dev libzip-dev zlib1g-dev doctest-dev
# What `make fuzz` needs beyond the build: clang and its libFuzzer.
FUZZ_PACKAGES := clang libclang-rt-dev
# What `make deb` needs beyond the build: dpkg-shlibdeps computes the dependencies, file finds the binaries.
PACKAGE_PACKAGES := dpkg-dev file
# The real clients the tests check our files with (and the tools that check the package).
TEST_PACKAGES := libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils libxml2-utils python3-openpyxl python3-yaml \
                 $(PACKAGE_PACKAGES) man-db groff-base lintian zsh fish
# Where `make install` puts irm; DESTDIR is honoured too.
PREFIX    ?= /usr/local

# Warnings are errors in CI.
ifeq ($(CI),true)
  WERROR := ON
else
  WERROR ?= OFF
endif

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps deps-test install-missing build run test test-yaml-cpp sanitize fuzz fuzz-smoke install uninstall deb clean

all: build

deps:
	@$(MAKE) --no-print-directory install-missing LIST="$(PACKAGES)"

deps-test:
	@$(MAKE) --no-print-directory install-missing LIST="$(TEST_PACKAGES)"
	@command -v npm >/dev/null || $(MAKE) --no-print-directory install-missing LIST="nodejs npm"
	@[ tests/node/node_modules/.package-lock.json -nt tests/node/package-lock.json ] || \
	  npm ci --prefix tests/node --no-audit --no-fund

install-missing:
	@missing=""; \
	for p in $(LIST); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DIRM_WERROR=$(WERROR)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

# The main job: check the shipped examples and print their findings.
# One example shows common mistakes on purpose, so exit status 1 is expected.
run: build
	@status=0; $(IRM) validate examples || status=$$?; \
	if [ $$status -gt 1 ]; then exit $$status; fi

test: build deps-test
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The second supported YAML reader (yaml-cpp; libfyaml is the default): the unit, command-line,
# example, YAML-suite and split/merge tests, without the real clients, which test no parsing.
# The default build's binary is the other reader of the differential test (tests/fuzz/differential.py).
test-yaml-cpp: deps build
	cmake -S . -B $(YAML_CPP_BUILD) -G Ninja -DIRM_YAML=yaml-cpp -DIRM_WERROR=$(WERROR) \
	  -DIRM_OTHER_READER_IRM=$(abspath $(IRM))
	cmake --build $(YAML_CPP_BUILD) -j $(JOBS)
	ctest --test-dir $(YAML_CPP_BUILD) --output-on-failure -j $(JOBS) -E '^clients/'

# The test suite under AddressSanitizer and UndefinedBehaviorSanitizer. Every test, the unit tests
# too, runs with the suppressions of leaks that are libraries' own (tests/lsan.supp).
sanitize: deps deps-test
	cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DIRM_SANITIZE=ON -DIRM_WERROR=$(WERROR) -DCMAKE_BUILD_TYPE=Debug
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j $(JOBS)

# The fuzzing harnesses (tests/fuzz, docs/FUZZING.md), built with clang, libFuzzer and the sanitizers
# in their own build directory, each run for FUZZ_SECONDS seconds, one after another. Any crash, leak,
# timeout or sanitizer report fails; the input is kept in $(FUZZ_BUILD)/fuzz/artifacts/HARNESS/.
fuzz: deps
	@$(MAKE) --no-print-directory install-missing LIST="$(FUZZ_PACKAGES)"
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DIRM_FUZZ=ON -DIRM_WERROR=$(WERROR)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target irm-fuzz
	python3 tests/fuzz/run.py --build $(FUZZ_BUILD) --seconds $(FUZZ_SECONDS) \
	  --summary $(FUZZ_BUILD)/fuzz/summary.md $(if $(FUZZ_ONLY),--only $(FUZZ_ONLY))

# What CI runs: every harness for 20 seconds.
fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=20

# bin/irm, its man pages and shell completions, the questionnaires, schemas and docs
# under PREFIX (DESTDIR too); $(BUILD)/install_manifest.txt lists every file installed.
install: build
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD) --prefix "$(PREFIX)"

# Removes every file the last `make install` wrote, as its manifest lists them.
uninstall:
	@[ -f $(BUILD)/install_manifest.txt ] || { echo "nothing to uninstall: no $(BUILD)/install_manifest.txt"; exit 1; }
	@while IFS= read -r file; do rm -f -- "$$file"; done < $(BUILD)/install_manifest.txt
	@echo "removed the files listed in $(BUILD)/install_manifest.txt"

# The Debian package $(BUILD)/packages/irm_VERSION_ARCH.deb (CPack, dependencies from dpkg-shlibdeps).
deb: build
	@$(MAKE) --no-print-directory install-missing LIST="$(PACKAGE_PACKAGES)"
	cpack -G DEB --config $(BUILD)/CPackConfig.cmake -B $(BUILD)/packages
	@ls $(BUILD)/packages/*.deb

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) $(YAML_CPP_BUILD) $(FUZZ_BUILD)
