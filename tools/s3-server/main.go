// s3-server: an S3-compatible server for the files library's tests (github.com/johannesboyne/gofakes3,
// in memory). It serves one bucket on a loopback port until it is stopped; nothing is kept on disk.
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

func main() {
	port := flag.Int("port", 0, "loopback port to listen on (0 = any free port)")
	bucket := flag.String("bucket", "trainaction-test", "bucket created at start")
	flag.Parse()

	backend := s3mem.New()
	if err := backend.CreateBucket(*bucket); err != nil {
		log.Fatalf("create bucket: %v", err)
	}
	faker := gofakes3.New(backend, gofakes3.WithLogger(gofakes3.DiscardLog()))
	listener, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", *port))
	if err != nil {
		log.Fatalf("listen: %v", err)
	}
	// The first line on stdout tells the caller where to connect.
	fmt.Fprintf(os.Stdout, "listening %s\n", listener.Addr().String())
	log.Fatal(http.Serve(listener, faker.Server()))
}
