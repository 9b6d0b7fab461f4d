#pragma once

#include "records.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace gw {

/// Who receives a change (DESIGN.md "Record families"): everyone in the project, the members of
/// one gang, one member together with the beheerders ("reporter + beheerders" for a signal), or
/// the beheerders only. Every change the server logs carries one; Pull is one query over the
/// change log and the audiences the caller reads.
struct Audience
{
    enum class Kind { Project, Gang, Member, Beheerders };
    Kind kind = Kind::Project;
    QString id; // the gang's name or the member's id

    static Audience project() { return {Kind::Project, {}}; }
    static Audience gang(const QString &name) { return {Kind::Gang, name}; }
    static Audience member(const QString &memberId) { return {Kind::Member, memberId}; }
    static Audience beheerders() { return {Kind::Beheerders, {}}; }

    /// The stored form: "project", "gang:<name>", "member:<id>", "beheerders".
    QString key() const;
    bool operator==(const Audience &) const = default;
};

/// The audience keys @p viewer's devices receive, from the permission table; nullopt when the
/// viewer reads every audience of the project (a beheerder).
std::optional<QStringList> audienceKeysFor(const Member &viewer);

} // namespace gw
