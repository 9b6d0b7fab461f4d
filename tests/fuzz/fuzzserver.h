#pragma once

#include "clock.h"
#include "enrolllimiter.h"
#include "serverstore.h"
#include "syncservice.h"

#include <QTemporaryDir>

#include <memory>
#include <string>

/// The server the fuzz targets feed: a real gangwerk-server store in a temporary folder (in
/// /dev/shm when there is one; GANGWERK_FUZZ_TMPDIR chooses another) with the demo project
/// `seed-demo` writes (members, hours, activities, buurtdiensten, signals, a knock task;
/// core/demodata.cpp), enrolled devices and unused invites, served by the real SyncService on a
/// fixed clock. Made once per process as a template; reset() puts a fresh copy of the template
/// in place (~1 ms), so that every input starts from the same store and the store never grows.
/// The folder is removed at exit, or by the next run when a crash left it. The fixed values
/// below are also in make_seeds.py.
namespace gw::fuzz {

/// "Now" for every target: Wednesday 2 December 2026, 11:00 in Amsterdam.
inline constexpr const char *kNow = "2026-12-02T10:00:00Z";
/// The server epoch in every pull cursor (hex), so that seeds can hold valid cursors.
inline constexpr const char *kEpochHex = "00112233445566778899aabbccddeeff";

/// Unused invites (for fuzz_enroll), as the beheerder would type them.
inline constexpr const char *kInviteResident = "RESD-2345-6789-ABCD";  // new member, Gang 2
inline constexpr const char *kInviteGangmaker = "GANG-MAKR-2345-6789"; // new member, Gang 3
inline constexpr const char *kInviteBeheerder = "BEHE-ERDR-2345-6789"; // new member, named
inline constexpr const char *kInviteSamira = "SAMR-DEVC-2345-6789";    // Samira's second device
inline constexpr const char *kInviteExpired = "EXPR-EDDD-2345-6789";   // expired yesterday
inline constexpr const char *kInviteUsed = "USED-USED-2345-6789";      // used in the setup

/// The devices push and pull act through, picked by an input's first byte (modulo kWhoCount).
enum class Who { Beheerder, Samira, Daan, Yonas, Stranger };
inline constexpr int kWhoCount = 5;

class FuzzServer
{
public:
    /// The process's server (made on first use; its folder is removed at exit).
    /// The one store of this process, made on first use (with the logs quieted first).
    static FuzzServer &instance();

    /// A fresh copy of the template store, with a fresh SyncService and EnrollLimiter.
    void reset();
    /// Resets when @p every inputs have passed since the last reset (1: before every input).
    void resetEvery(int every);

    server::SyncService &service() { return *m_service; }
    server::ServerStore &store() { return *m_store; }
    /// The device token of @p who (an unknown token for Who::Stranger).
    const std::string &token(Who who) const;
    static Who who(unsigned char selector) { return Who(selector % kWhoCount); }
    /// A pull cursor at the template's last change: pulling from it gives only what an input
    /// changed.
    const std::string &templateCursor() const { return m_templateCursor; }

    ~FuzzServer();

private:
    FuzzServer();
    void makeTemplate();
    void open();

    QTemporaryDir m_root;
    QString m_templateDir;
    QString m_workDir;
    FixedClock m_clock;
    std::unique_ptr<server::ServerStore> m_store;
    std::unique_ptr<server::EnrollLimiter> m_limiter;
    std::unique_ptr<server::SyncService> m_service;
    std::string m_tokens[kWhoCount];
    std::string m_templateCursor;
    int m_inputs = 0;
};

/// Silences the server's and protobuf's logs (every refused input would print a line);
/// GANGWERK_FUZZ_VERBOSE=1 keeps them.
void quietLogs();

} // namespace gw::fuzz
