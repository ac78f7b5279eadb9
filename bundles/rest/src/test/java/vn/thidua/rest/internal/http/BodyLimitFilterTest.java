package vn.thidua.rest.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import vn.thidua.rest.internal.problem.ProblemException;

class BodyLimitFilterTest {

    private static final int LIMIT = 1024;

    /** A body as it arrives from the network: a few hundred bytes per read. */
    private static final class Packets extends FilterInputStream {
        Packets(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return super.read(buffer, offset, Math.min(length, 300));
        }
    }

    @Test
    void aBodyAtTheLimitIsReadWhole() throws IOException {
        InputStream body = new BodyLimitFilter.Limited(new ByteArrayInputStream(new byte[LIMIT]), LIMIT);
        assertThat(body.readAllBytes()).hasSize(LIMIT);
    }

    @Test
    void aBodyJustOverTheLimitIsRefusedAndReadToItsEndSoThatItsSenderGetsTheAnswer() {
        ByteArrayInputStream sent = new ByteArrayInputStream(new byte[LIMIT + 1000]);
        InputStream body = new BodyLimitFilter.Limited(new Packets(sent), LIMIT);
        ProblemException refused = catchThrowableOfType(body::readAllBytes, ProblemException.class);
        assertThat(refused.problem().status()).isEqualTo(413);
        assertThat(sent.available()).as("bytes of the body left unread").isZero();
    }

    @Test
    void aLargeBodyIsReadOnOnlyUpToTheDrainBound() {
        int sentBytes = LIMIT + 10 * BodyLimitFilter.DRAIN_BYTES;
        ByteArrayInputStream sent = new ByteArrayInputStream(new byte[sentBytes]);
        InputStream body = new BodyLimitFilter.Limited(new Packets(sent), LIMIT);
        assertThat(catchThrowableOfType(body::readAllBytes, ProblemException.class)).isNotNull();
        int read = sentBytes - sent.available();
        assertThat(read).isGreaterThan(LIMIT).isLessThanOrEqualTo(LIMIT + 300 + BodyLimitFilter.DRAIN_BYTES);
    }
}
