package org.sirocco.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.core.domain.JavaClass;
import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.JarURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import javax.net.SocketFactory;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

/**
 * The app never uses the network: no class opens a socket, a URL connection or an HTTP client, or looks up a host.
 * Only the link opener hands a source's address to the system's browser, which the user asked for.
 */
@AnalyzeClasses(packages = "org.sirocco", importOptions = ImportOption.DoNotIncludeTests.class)
class OfflineTest {

    @ArchTest
    static final ArchRule noClassOpensAConnection = noClasses()
            .should().dependOnClassesThat(JavaClass.Predicates.belongToAnyOf(Socket.class, ServerSocket.class,
                    DatagramSocket.class, URLConnection.class, HttpURLConnection.class, JarURLConnection.class,
                    HttpsURLConnection.class, InetAddress.class, InetSocketAddress.class, SocketChannel.class,
                    ServerSocketChannel.class, DatagramChannel.class, AsynchronousSocketChannel.class,
                    AsynchronousServerSocketChannel.class, SocketFactory.class, SSLSocketFactory.class)
                    .or(JavaClass.Predicates.resideInAPackage("java.net.http..")))
            .because("Sirocco works with no network and must never reach for one");

    @ArchTest
    static final ArchRule noClassReadsFromAnAddress = noClasses()
            .should().callMethod(URL.class, "openStream")
            .orShould().callMethod(URL.class, "openConnection")
            .orShould().callMethod(URL.class, "getContent")
            .because("a URL may name a web address: bundled files are read as resources or paths");

    @ArchTest
    static final ArchRule onlyTheLinkOpenerHandsAddressesToTheBrowser = noClasses()
            .that().doNotHaveSimpleName("LinkOpener").and().doNotHaveSimpleName("SiroccoApp")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.application.HostServices")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.awt.Desktop")
            .because("opening a source's link in the browser, on the user's click, is the one way out");
}
