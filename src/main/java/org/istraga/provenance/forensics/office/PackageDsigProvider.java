package org.istraga.provenance.forensics.office;

import java.security.Provider;
import java.util.Map;
import javax.xml.crypto.dsig.XMLSignatureFactory;

/**
 * A private security provider that gives the JDK's XML signature implementation ({@code
 * java.xml.crypto}) the one algorithm it lacks for Office packages: the OPC relationships
 * transform ({@link OpcRelationshipTransform}). Its XML signature factory is the JDK's own; the JDK
 * looks transforms up in the factory's provider first and falls back to the installed providers,
 * so every standard algorithm still comes from the JDK. The provider is never installed with
 * {@code Security.addProvider}: nothing outside this package sees it. Thread-safe; each {@link
 * #factory()} call returns a new factory (factories are not shared across threads).
 */
final class PackageDsigProvider extends Provider {

  private static final long serialVersionUID = 1L;
  private static final PackageDsigProvider INSTANCE = new PackageDsigProvider();

  private PackageDsigProvider() {
    super(
        "IstragaPackageDsig",
        "1.0",
        "JDK XML signature factory plus the OPC relationships transform (verification only)");
    putService(
        new Service(
            this,
            "XMLSignatureFactory",
            "DOM",
            XMLSignatureFactory.class.getName(),
            null,
            null) {
          @Override
          public Object newInstance(Object param) {
            return XMLSignatureFactory.getInstance("DOM");
          }
        });
    putService(
        new Service(
            this,
            "TransformService",
            OpcRelationshipTransform.ALGORITHM,
            OpcRelationshipTransform.class.getName(),
            null,
            Map.of("MechanismType", "DOM")) {
          @Override
          public Object newInstance(Object param) {
            return new OpcRelationshipTransform();
          }
        });
  }

  /** A new DOM signature factory that knows the relationships transform. */
  static XMLSignatureFactory factory() {
    return XMLSignatureFactory.getInstance("DOM", INSTANCE);
  }
}
