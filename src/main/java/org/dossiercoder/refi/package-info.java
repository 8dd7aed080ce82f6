/**
 * REFI-QDA exchange (QDA-XML 1.0): codebooks as {@code .qdc} and whole projects as {@code .qdpx},
 * for ATLAS.ti, MAXQDA, NVivo, QualCoder and other tools.
 *
 * <p>{@link org.dossiercoder.refi.RefiExport} writes both formats from plain records ({@link
 * org.dossiercoder.refi.QdaProject} and its parts) and validates every document against the
 * official schemas, bundled as resources of this package. {@link org.dossiercoder.refi.RefiImport}
 * reads a {@code .qdc} back into codebooks (search rules survive in a delimited block inside each
 * code's Description) and writes them as codebook YAML. GUIDs are derived from dossiercoder's ids,
 * so they are stable across exports. {@link org.dossiercoder.refi.Offsets} converts between
 * dossiercoder's char offsets and REFI-QDA's code point positions.
 */
package org.dossiercoder.refi;
