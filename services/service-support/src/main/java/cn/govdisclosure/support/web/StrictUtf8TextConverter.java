package cn.govdisclosure.support.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.StringHttpMessageConverter;

/**
 * Reads text bodies (narratives, explanations) as UTF-8 and refuses bytes that are not: the default converter
 * would silently store replacement characters in an agency's report.
 */
class StrictUtf8TextConverter extends StringHttpMessageConverter {

    StrictUtf8TextConverter() {
        super(StandardCharsets.UTF_8);
    }

    @Override
    protected String readInternal(Class<? extends String> type, HttpInputMessage input) throws IOException {
        byte[] bytes = input.getBody().readAllBytes();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new HttpMessageNotReadableException("正文不是有效的UTF-8文本", e, input);
        }
    }
}
