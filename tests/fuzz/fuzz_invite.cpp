// Fuzzes what a person types or scans to enrol: the invite code's normalization (the server's
// secrets::normalizeInviteCode, also run on every EnrollRequest.invite_code) and the invite
// link's parser (core/invitelink.h, the app's reader that `gangwerk-server invite --address`
// checks its links with). Bytes are read as UTF-8, as protobuf strings and pasted text are.

#include "fuzzcheck.h"
#include "invitelink.h"
#include "secrets.h"

#include <QRegularExpression>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace secrets = gw::server::secrets;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    // A code is empty or 16 characters of the alphabet, and normalizing it again changes nothing.
    const QString code = secrets::normalizeInviteCode(text);
    if (!code.isEmpty()) {
        GW_FUZZ_CHECK(code.size() == secrets::kInviteCodeChars);
        for (QChar c : code)
            GW_FUZZ_CHECK(c.unicode() < 128 &&
                          std::strchr(secrets::kInviteAlphabet, char(c.unicode())) != nullptr &&
                          c.unicode() != 0);
        GW_FUZZ_CHECK(secrets::normalizeInviteCode(code) == code);
    }

    // A link read well has an address and a code of the right shape, and the link made from
    // them reads back to the same two.
    (void)gw::looksLikeInviteLink(text);
    const gw::InviteLink link = gw::parseInviteLink(text);
    if (link.ok()) {
        static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z0-9-]{8,40}$"));
        GW_FUZZ_CHECK(!link.server.isEmpty());
        GW_FUZZ_CHECK(codeShape.match(link.code).hasMatch());
        const gw::InviteLink again =
            gw::parseInviteLink(gw::makeInviteLink(link.server, link.code));
        GW_FUZZ_CHECK(again.ok());
        GW_FUZZ_CHECK(again.server == link.server && again.code == link.code);
    } else {
        GW_FUZZ_CHECK(link.server.isEmpty() && link.code.isEmpty());
    }

    // The text as an address with itself as the code: refused or read, never anything else.
    const gw::InviteLink made = gw::parseInviteLink(gw::makeInviteLink(text, text));
    GW_FUZZ_CHECK(made.ok() || (made.server.isEmpty() && made.code.isEmpty()));
    return 0;
}
