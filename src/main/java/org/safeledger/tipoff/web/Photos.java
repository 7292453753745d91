package org.safeledger.tipoff.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.Upload;
import org.safeledger.tipoff.TipOffInputs;
import org.springframework.web.multipart.MultipartFile;

/** The photos a form sent, the empty parts (an input left blank) left out, each with its measured size. */
final class Photos {

    private Photos() {}

    static List<TipOffInputs.Photo> of(@Nullable List<MultipartFile> files) {
        var photos = new ArrayList<TipOffInputs.Photo>();
        for (var file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                photos.add(new TipOffInputs.Photo(
                        new Upload(file::getInputStream, file.getOriginalFilename()), file.getSize()));
            }
        }
        return photos;
    }
}
