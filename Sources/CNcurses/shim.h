#ifndef DUBAN_CNCURSES_SHIM_H
#define DUBAN_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Glibc's Swift module hides these; ncurses measures with the same libc functions. */
int wcwidth(wchar_t c);
int wcswidth(const wchar_t *s, size_t n);

static inline WINDOW *duban_stdscr(void) { return stdscr; }
static inline int duban_lines(void) { return LINES; }
static inline int duban_cols(void) { return COLS; }
static inline int duban_colors(void) { return COLORS; }
static inline attr_t duban_a_bold(void) { return A_BOLD; }
static inline attr_t duban_a_reverse(void) { return A_REVERSE; }
static inline attr_t duban_a_underline(void) { return A_UNDERLINE; }
static inline attr_t duban_a_dim(void) { return A_DIM; }
static inline attr_t duban_a_normal(void) { return A_NORMAL; }

#endif
