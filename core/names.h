#pragma once

#include <QList>
#include <QString>

/// The one rule for names people give (a device, a member's display name, a gang, a room):
/// how long they may be, and which characters they may not hold. A name is shown in lists on
/// screens and in the server's tables; a line break, a tab, an escape or a bidi override in it
/// would let whoever chose the name forge or hide rows there (a device list a beheerder reads
/// to decide which device to disconnect).
namespace gw::names {

inline constexpr int kMaxChars = 100;

enum class Problem { None, TooLong, LayoutCharacters };

/// True for a character that changes how a line is laid out rather than being part of a name:
/// C0 and C1 controls (line breaks, tabs, escape, DEL), the line and paragraph separators, and
/// the bidi embeddings, overrides and isolates. Joiners (ZWJ, ZWNJ) stay allowed: names in
/// Arabic and Persian script need them.
bool isLayoutCharacter(char32_t c);

/// What is wrong with @p name (already trimmed by the caller), or Problem::None.
Problem check(const QString &name);

/// @p name with every layout character replaced by a space, runs of spaces made one, trimmed:
/// what a device sends for a name it did not choose itself (a host name, a paste).
QString cleaned(const QString &name);

/// @p name for a one-line table: layout characters and backslashes written as escapes
/// (\n, \t, \\, \u202E), so that one name always stays one cell.
QString escaped(const QString &name);

} // namespace gw::names
