# unclench: a terminal coach for muscle cramps.
#
#   make run      install missing build dependencies, build, start the coach
#   make check    install missing test dependencies, build, run every test
#   make check-offline  the same, installing nothing (INSTALL_DEPS=0)
#   make deb      a Debian package (packaging/debian/, see README)
#   make bench    print the benchmark figures
#   make install  PREFIX=/usr/local DESTDIR=
#
# Layout: src/ holds one module per file, each in a layer (src/LAYERS).
# The pure core (CORE below) links without curses, libnotify, iniparser or
# SQLite; tests/unit links only the core, so the link itself enforces that
# rule.

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
DATADIR	?= $(PREFIX)/share/unclench
MANDIR	?= $(PREFIX)/share/man
LOCALEDIR ?= $(PREFIX)/share/locale
SYSCONFDIR ?= $(PREFIX)/etc
# Debian's zsh reads vendor completions from /usr/share/zsh/vendor-completions.
ZSHCOMPDIR ?= $(PREFIX)/share/zsh/site-functions
DESTDIR	?=
VERSION	:= 0.1.0

CC	?= cc
PKG_CONFIG ?= pkg-config
BUILD	?= build

WARN	= -Wall -Wextra -Wshadow -Wformat=2 -Wmissing-prototypes \
	  -Wstrict-prototypes -Wwrite-strings -Wundef -Wpointer-arith \
	  -Wno-unused-parameter
# A (void) cast marks a write() whose failure has no one to tell (a
# child's report pipe); with _FORTIFY_SOURCE, glibc warns on it all the same.
WARN	+= -Wno-unused-result
ifeq ($(WERROR),1)
WARN	+= -Werror
endif
OPT	?= -O2 -g
ifeq ($(SANITIZE),1)
BUILD	:= build/asan
OPT	:= -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	   -fno-sanitize-recover=undefined
LDSAN	:= -fsanitize=address,undefined
endif

# iniparser ships no .pc file on Debian: use its header directory, or a
# flat /usr/include/iniparser.h on other systems.
INIPARSER_CFLAGS ?= $(if $(wildcard /usr/include/iniparser/iniparser.h),-I/usr/include/iniparser,)
INIPARSER_LIBS	?= -liniparser

PKGS	= ncursesw libnotify sqlite3
# Our DEFS already choose the feature macros ncursesw asks for (and more).
PKG_CFLAGS := $(filter-out -D_XOPEN_SOURCE=% -D_DEFAULT_SOURCE,$(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null))
# libnotify is not linked: notifier.c loads it with dlopen in the child
# that sends a notification, so start-up never maps it (or GIO).
# SQLite, iniparser and ncursesw are linked statically where their .a
# files exist (Debian ships them): `unclench now` then starts without
# loading and relocating 2 MB of shared objects. STATIC=0 links them shared.
STATIC	?= 1
STATIC_LIBS := $(shell for l in sqlite3 iniparser ncursesw tinfo; do \
	f=$$($(CC) -print-file-name=lib$$l.a); [ -f "$$f" ] || exit 0; done; \
	echo yes)
ifeq ($(STATIC)$(STATIC_LIBS),1yes)
PKG_LIBS   := -Wl,-Bstatic -lsqlite3 -lncursesw -ltinfo -Wl,-Bdynamic -ldl -lpthread
INIPARSER_LIBS := -Wl,-Bstatic -liniparser -Wl,-Bdynamic
else
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs ncursesw sqlite3 2>/dev/null) -ldl
endif
NOTIFY_LIBS := $(shell $(PKG_CONFIG) --libs libnotify 2>/dev/null)
CMOCKA_CFLAGS := $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS   := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)

DEFS	= -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=700 \
	  -DUNCLENCH_VERSION='"$(VERSION)"' \
	  -DUNCLENCH_DATADIR='"$(DATADIR)"' \
	  -DUNCLENCH_LOCALEDIR='"$(LOCALEDIR)"' \
	  -DUNCLENCH_BUILD_LOCALEDIR='"$(CURDIR)/$(MO_DIR)"' \
	  -DUNCLENCH_SRCDIR='"$(CURDIR)"'
CFLAGS	?= $(OPT)
# CPPFLAGS, CFLAGS and LDFLAGS from the environment (a package build's
# hardening flags) reach every compile and link line.
CPPFLAGS ?=
ALL_CFLAGS = -std=c17 $(DEFS) $(CPPFLAGS) $(WARN) $(CFLAGS) -MMD -MP
LDFLAGS	?=
LIBS	= $(PKG_LIBS) $(INIPARSER_LIBS) -lm

# The pure core, libc only: the layers base and core of src/LAYERS, the
# one map of which module sits in which layer (tests/cli/layering.sh
# checks every include against it).
CORE_NAMES := $(shell awk '$$1 != "layer" && $$1 ~ /^[a-z_][a-z_0-9]*$$/ && \
	($$2 == "base" || $$2 == "core") { print $$1 }' src/LAYERS)
CORE_SRC = $(filter $(addprefix src/,$(addsuffix .c,$(CORE_NAMES))),$(wildcard src/*.c))
TOOL_SRC = $(wildcard src/gen_*.c)
APP_SRC	= $(filter-out $(CORE_SRC) $(TOOL_SRC) src/main.c,$(wildcard src/*.c))
CORE_OBJ = $(CORE_SRC:src/%.c=$(BUILD)/%.o)
APP_OBJ	= $(APP_SRC:src/%.c=$(BUILD)/%.o)
GEN_SRC	= $(BUILD)/builtin_data.c
GEN_OBJ	= $(if $(TOOL_SRC),$(BUILD)/builtin_data.o,)

UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
ADAPTER_SRC = $(wildcard tests/adapter/test_*.c)
ADAPTER_BIN = $(ADAPTER_SRC:tests/adapter/%.c=$(BUILD)/tests/%)
TEST_HELPERS = $(wildcard tests/helpers/*.c)
TEST_HELPER_BIN = $(TEST_HELPERS:tests/helpers/%.c=$(BUILD)/tests/%)

PROG	= unclench

# Translations: po/LANG.po, compiled into MO_DIR (the source tree's
# binary reads them there; make install puts them under LOCALEDIR).
PO_LANGS = $(patsubst po/%.po,%,$(wildcard po/*.po))
comma	:= ,
empty	:=
space	:= $(empty) $(empty)
MO_DIR	= build/locale
MO_FILES = $(PO_LANGS:%=$(MO_DIR)/%/LC_MESSAGES/unclench.mo)
XGETTEXT_FLAGS = --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ \
	--keyword=NG_:1,2 --keyword=ngettext:1,2 --add-comments=TRANSLATORS \
	--package-name=unclench --package-version=$(VERSION) \
	--msgid-bugs-address=none --foreign-user

.PHONY: pot po-update po-check dist deb deb-check fuzz all run check check-offline check-unit check-shell asan deps test-deps bench \
	install uninstall clean lint valgrind

# SANITIZE=1 builds build/asan/unclench only: ./unclench stays the
# normal build (the tests and `make install` use it).
ifeq ($(SANITIZE),1)
all: $(BUILD)/$(PROG)
else
all: $(PROG)
endif

# Replace by rename: a running ./unclench (a test in tmux) keeps its copy.
ifeq ($(SANITIZE),1)
$(PROG): $(BUILD)/$(PROG)
	@echo "SANITIZE=1: the ASan build is $(BUILD)/$(PROG); ./$(PROG) is left as it was"
else
$(PROG): $(BUILD)/$(PROG) $(MO_FILES)
	cp $< $@.tmp && mv -f $@.tmp $@
endif

$(BUILD)/$(PROG): $(BUILD)/main.o $(APP_OBJ) $(GEN_OBJ) $(CORE_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) $(LDSAN) -o $@ $^ $(LIBS)

$(BUILD)/%.o: src/%.c | $(BUILD)
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) $(INIPARSER_CFLAGS) -Isrc -c -o $@ $<

# Core objects are compiled without any library's include path.
$(CORE_OBJ): $(BUILD)/%.o: src/%.c | $(BUILD)
	$(CC) $(ALL_CFLAGS) -Isrc -c -o $@ $<

# Relief routines and the night theme compiled into the binary, generated
# from the shipped files so there is one source of truth.
GEN_TOOL_OBJ = $(addprefix $(BUILD)/,ini.o routine_ini.o theme.o)
$(BUILD)/gen_builtin: $(TOOL_SRC) $(GEN_TOOL_OBJ) $(CORE_OBJ) | $(BUILD)
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) $(INIPARSER_CFLAGS) -Isrc $(LDFLAGS) $(LDSAN) \
	    -o $@ $^ $(LIBS)
BUILTIN_DATA = $(wildcard routines/relief-*.ini) routines/safety/safety.ini \
	themes/night.ini themes/default.ini
$(GEN_SRC): $(BUILD)/gen_builtin $(BUILTIN_DATA)
	$(BUILD)/gen_builtin --langs "$(subst $(space),$(comma),$(strip $(PO_LANGS)))" \
	    $(BUILTIN_DATA) > $@.tmp
	mv $@.tmp $@
$(BUILD)/builtin_data.o: $(GEN_SRC)
	$(CC) $(ALL_CFLAGS) -Wno-missing-field-initializers -Isrc -c -o $@ $<

# Before the first compile in a build directory: name the missing build
# dependencies and how to install them, rather than fail on a header.
$(BUILD):
	@CC='$(CC)' PKG_CONFIG='$(PKG_CONFIG)' CPPFLAGS='$(CPPFLAGS)' \
	    INIPARSER_CFLAGS='$(INIPARSER_CFLAGS)' bash .ci/check-build-deps
	mkdir -p $@
$(BUILD)/tests: | $(BUILD)
	mkdir -p $@

# Core unit tests: no curses, libnotify, iniparser or SQLite on the line.
$(BUILD)/tests/test_%: tests/unit/test_%.c $(CORE_OBJ) | $(BUILD)/tests
	$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) -Isrc $(LDFLAGS) $(LDSAN) -o $@ \
	    $< $(CORE_OBJ) $(CMOCKA_LIBS) -lm

# Adapter tests: the loaders, the store; real libraries, real files.
# test_ini wraps read() to swap a file under the loader.
TEST_LDFLAGS_test_ini = -Wl,--wrap=read
$(ADAPTER_BIN): $(BUILD)/tests/%: tests/adapter/%.c $(APP_OBJ) $(GEN_OBJ) $(CORE_OBJ) | $(BUILD)/tests
	$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) $(PKG_CFLAGS) $(INIPARSER_CFLAGS) \
	    -Isrc $(LDFLAGS) $(LDSAN) $(TEST_LDFLAGS_$*) -o $@ $< $(APP_OBJ) \
	    $(GEN_OBJ) $(CORE_OBJ) $(CMOCKA_LIBS) $(LIBS)

$(TEST_HELPER_BIN): $(BUILD)/tests/%: tests/helpers/%.c | $(BUILD)/tests
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -Isrc $(LDFLAGS) -o $@ $< $(PKG_LIBS) \
	    $(NOTIFY_LIBS) -lutil -lm

# tests/audio's driver: the audio child and the core, nothing of the screen.
AUDIO_PLAY = $(BUILD)/tests/audio_play
$(AUDIO_PLAY): tests/audio/audio_play.c $(addprefix $(BUILD)/,audio.o \
    audio_child.o audio_cue.o) $(CORE_OBJ) | $(BUILD)/tests
	$(CC) $(ALL_CFLAGS) -Isrc $(LDFLAGS) $(LDSAN) -o $@ \
	    $(filter %.c %.o,$^) -ldl -lm

$(MO_DIR)/%/LC_MESSAGES/unclench.mo: po/%.po
	@mkdir -p $(@D)
	msgfmt --check -o $@.tmp $< && mv -f $@.tmp $@

# po/unclench.pot from the files po/POTFILES names; po-update merges it
# into every catalogue (then translate what msgmerge marked fuzzy/new).
POT	?= po/unclench.pot
pot:
	xgettext $(XGETTEXT_FLAGS) -o $(POT) --files-from=po/POTFILES
po-update: pot
	for p in po/*.po; do msgmerge --quiet --update --backup=none \
	    --no-fuzzy-matching "$$p" $(POT) || exit 1; done
# Every catalogue checked (make check runs tests/cli/i18n.sh, which does).
po-check:
	for p in po/*.po; do msgfmt --check --statistics -o /dev/null "$$p" \
	    || exit 1; done

# INSTALL_DEPS=0 installs nothing (package builds, machines without
# root): `make check-offline` is `make check INSTALL_DEPS=0`.
INSTALL_DEPS ?= 1
ifeq ($(INSTALL_DEPS),0)
deps test-deps:
	@echo "INSTALL_DEPS=0: installing nothing"
else
deps:
	@bash .ci/install-deps build

test-deps:
	@bash .ci/install-deps test
endif

run: deps
	@$(MAKE) --no-print-directory $(PROG)
	./$(PROG)

check: test-deps
	@$(MAKE) --no-print-directory $(PROG) tests-built
	@$(MAKE) --no-print-directory SANITIZE=1 tests-built-unit
	@bash tests/run.sh

check-offline:
	@$(MAKE) --no-print-directory INSTALL_DEPS=0 check

tests-built: $(UNIT_BIN) $(ADAPTER_BIN) $(TEST_HELPER_BIN) $(AUDIO_PLAY)
tests-built-unit: $(UNIT_BIN) $(ADAPTER_BIN) $(BUILD)/$(PROG)

check-unit: $(PROG) $(UNIT_BIN) $(ADAPTER_BIN)
	@ONLY=unit bash tests/run.sh

check-shell: $(PROG) $(TEST_HELPER_BIN)
	@ONLY=shell bash tests/run.sh

bench: $(PROG) $(TEST_HELPER_BIN)
	@bash tests/bench/run.sh

lint:
	@bash tests/cli/layering.sh

# libFuzzer targets (clang): FUZZ_SECONDS each, crashes kept in
# tests/fuzz/regress/ and replayed by tests/adapter/test_regress.c.
FUZZ_SECONDS ?= 60
fuzz:
	@bash tests/fuzz/run.sh $(FUZZ_SECONDS)

install: $(BUILD)/$(PROG) $(MO_FILES)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/routines \
	    $(DESTDIR)$(DATADIR)/themes $(DESTDIR)$(DATADIR)/config \
	    $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	install -m 755 $(BUILD)/$(PROG) $(DESTDIR)$(BINDIR)/$(PROG)
	install -m 644 routines/*.ini $(DESTDIR)$(DATADIR)/routines/
	install -m 644 themes/*.ini $(DESTDIR)$(DATADIR)/themes/
	install -m 644 config/unclench.ini $(DESTDIR)$(DATADIR)/config/
	for m in doc/*.1; do [ -e "$$m" ] && install -m 644 "$$m" $(DESTDIR)$(MANDIR)/man1/; done; true
	for m in doc/*.5; do [ -e "$$m" ] && install -m 644 "$$m" $(DESTDIR)$(MANDIR)/man5/; done; true
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	    $(DESTDIR)$(ZSHCOMPDIR) \
	    $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 644 doc/completion/unclench.bash \
	    $(DESTDIR)$(PREFIX)/share/bash-completion/completions/unclench
	install -m 644 doc/completion/_unclench \
	    $(DESTDIR)$(ZSHCOMPDIR)/_unclench
	install -m 644 doc/completion/unclench.fish \
	    $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/unclench.fish
	install -d $(DESTDIR)$(PREFIX)/lib/systemd/user
	sed 's|@BINDIR@|$(BINDIR)|g' config/unclench.service \
	    >$(DESTDIR)$(PREFIX)/lib/systemd/user/unclench.service
	# The autostart entry is opt-in (copy it to ~/.config/autostart):
	# installed to /etc/xdg/autostart it would remind every user.
	sed 's|@BINDIR@|$(BINDIR)|g' config/unclench-daemon.desktop \
	    >$(DESTDIR)$(DATADIR)/unclench-daemon.desktop
	chmod 644 $(DESTDIR)$(PREFIX)/lib/systemd/user/unclench.service \
	    $(DESTDIR)$(DATADIR)/unclench-daemon.desktop
	for l in $(PO_LANGS); do \
	    install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
	    install -m 644 $(MO_DIR)/$$l/LC_MESSAGES/unclench.mo \
	    $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/ || exit 1; done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/$(PROG)
	rm -f $(DESTDIR)$(PREFIX)/lib/systemd/user/unclench.service \
	    $(DESTDIR)$(DATADIR)/unclench-daemon.desktop
	rm -rf $(DESTDIR)$(DATADIR)
	rm -f $(DESTDIR)$(MANDIR)/man1/unclench*.1 $(DESTDIR)$(MANDIR)/man5/unclench*.5
	rm -f $(DESTDIR)$(PREFIX)/share/bash-completion/completions/unclench \
	    $(DESTDIR)$(ZSHCOMPDIR)/_unclench \
	    $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/unclench.fish
	rm -f $(PO_LANGS:%=$(DESTDIR)$(LOCALEDIR)/%/LC_MESSAGES/unclench.mo)

# A release tarball of the committed tree (git archive of HEAD).
DISTNAME = unclench-$(VERSION)
dist:
	@git rev-parse --git-dir >/dev/null 2>&1 || \
	    { echo "make dist: needs a git checkout"; exit 1; }
	git archive --format=tar.gz --prefix=$(DISTNAME)/ \
	    -o $(DISTNAME).tar.gz HEAD
	@echo "wrote $(DISTNAME).tar.gz"

# A Debian package: a copy of the tree with packaging/debian/ as its
# debian/, built there (the source tree stays as it is). The .deb lands
# in DEB_TREE; DEB_BUILD_OPTIONS passes through (nocheck, parallel=N).
DEB_TREE ?= $(BUILD)/deb
DEB_SRC	= .ci $(filter-out build $(PROG) debian unclench-%.tar.gz,$(wildcard *))
deb:
	rm -rf $(DEB_TREE)
	mkdir -p $(DEB_TREE)/$(DISTNAME)
	cp -a $(DEB_SRC) $(DEB_TREE)/$(DISTNAME)/
	cp -a packaging/debian $(DEB_TREE)/$(DISTNAME)/debian
	cd $(DEB_TREE)/$(DISTNAME) && dpkg-buildpackage -us -uc -b
	@echo "built $$(ls $(DEB_TREE)/unclench_*.deb)"

# Install that .deb on this machine (root), try it, remove it: see
# tests/deb/install.sh. CI's .ci/run calls it after `make check`.
deb-check:
	@bash tests/deb/install.sh

clean:
	rm -rf build $(PROG) unclench-*.tar.gz

-include $(wildcard $(BUILD)/*.d $(BUILD)/tests/*.d)
