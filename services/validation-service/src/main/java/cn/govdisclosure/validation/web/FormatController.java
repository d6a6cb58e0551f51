package cn.govdisclosure.validation.web;

import cn.govdisclosure.support.web.ResourceNotFoundException;
import cn.govdisclosure.validation.format.FormatCatalogue;
import cn.govdisclosure.validation.format.FormatDescription;
import cn.govdisclosure.validation.format.UnknownFormatException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The national formats, for building forms and importers from the same definition the rules use. */
@RestController
class FormatController {

    private final FormatCatalogue formats;

    FormatController(FormatCatalogue formats) {
        this.formats = formats;
    }

    @GetMapping("/api/formats/{formatId}")
    FormatDescription format(@PathVariable String formatId) {
        try {
            return formats.describe(formatId);
        } catch (UnknownFormatException e) {
            throw new ResourceNotFoundException(e.getMessage());
        }
    }
}
