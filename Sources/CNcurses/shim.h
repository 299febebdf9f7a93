#ifndef DUBAN_CNCURSES_SHIM_H
#define DUBAN_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
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

/* Swift 6 rejects C's mutable globals and cannot import function-like macros. */
static inline FILE *duban_stdin(void) { return stdin; }
static inline FILE *duban_stdout(void) { return stdout; }
static inline int duban_key_f(int n) { return KEY_F(n); }

/* The mouse: the first button going down and the wheel, nothing for motion (no traffic). */
static inline mmask_t duban_mouse_events(void) { return BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int duban_mouse_is_press(mmask_t state) { return (state & BUTTON1_PRESSED) != 0; }
static inline int duban_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int duban_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

/* True when the current terminal can address the cursor (TERM=dumb cannot). */
static inline int duban_has_cursor_addressing(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}

#endif
