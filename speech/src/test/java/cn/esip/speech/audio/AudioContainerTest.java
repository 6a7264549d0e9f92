package cn.esip.speech.audio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AudioContainerTest {

    private static java.util.Optional<AudioContainer> sniff(byte[] b) {
        return AudioContainer.sniff(b, b.length);
    }

    @Test
    void recognisesSignatures() {
        assertThat(sniff("#!AMR-WB\n".getBytes())).contains(AudioContainer.AMR_WB);
        assertThat(sniff("#!AMR\n".getBytes())).contains(AudioContainer.AMR_NB);
        assertThat(sniff(new byte[]{0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'M', '4', 'A', ' '})).contains(AudioContainer.MP4_AAC);
        assertThat(sniff(new byte[]{(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0})).contains(AudioContainer.MP3);
        assertThat(sniff(new byte[]{(byte) 0xFF, (byte) 0xF1, 0x50, (byte) 0x80})).contains(AudioContainer.ADTS_AAC);
        assertThat(sniff("%PDF-1.7 hello".getBytes())).isEmpty();
        assertThat(sniff("RIFF....AVI LIST".getBytes())).isEmpty();
        assertThat(sniff(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEmpty(); // JPEG
    }
}
